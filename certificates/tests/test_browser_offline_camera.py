"""The offline verifier's camera, in a real headless Chromium whose camera films a
printed certificate: the PDF issued for it, as an image, framed as a phone would hold it,
played as Chromium's fake camera (a Y4M video). The page has no `BarcodeDetector` (as in
Safari and Firefox; the test removes it, should this Chromium ever have one), so the QR
code is read by the bundled decoder (static/vendor/jsqr/), kept by the page for offline
use: opened once online, then with the network off, the camera answers valid, and for a
revoked certificate's printout, revoked; the camera stops once a code is read. The same
view chosen as a photo answers the same."""

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from certificates.tests.test_browser_offline_verifier import (
    opened_then_offline,
    shot,
    valid_and_revoked,
)
from certificates.tests.test_certificates import stored
from lms.chromium import PHONE
from testing.browser import PageWatch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FRAME = (640, 480)
SAFARI = "delete window.BarcodeDetector;"


def filmed(pdf: bytes, folder: Path) -> Path:
    """The certificate's page held before the camera: the QR code in the middle of the
    frame, half its height, turned a little (a hand is not square), as a still Y4M video
    (4:2:0, JPEG's full-range YCbCr, which Pillow gives)."""
    (folder / "certificate.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-singlefile", "certificate.pdf", "page"],
        cwd=folder,
        check=True,
    )
    page = Image.open(folder / "page.png").convert("RGB")
    # The QR code is the only pure black on the certificate (its text is ink blue).
    black = [band.point(lambda value: 255 if value < 40 else 0) for band in page.split()]
    left, top, right, bottom = ImageChops.darker(
        ImageChops.darker(black[0], black[1]), black[2]
    ).getbbox()
    side = right - left
    assert abs(side - (bottom - top)) < 3 and side > 150, "no QR code found on the page"
    middle_x, middle_y = (left + right) / 2, (top + bottom) / 2
    width, height = side * 2 * FRAME[0] / FRAME[1], side * 2
    view = page.crop(
        (
            round(middle_x - width / 2),
            round(middle_y - height / 2),
            round(middle_x + width / 2),
            round(middle_y + height / 2),
        )
    )
    view = view.rotate(6, resample=Image.BICUBIC, fillcolor=(250, 248, 240)).resize(FRAME)
    view.save(folder / "frame.png")
    y, cb, cr = view.convert("YCbCr").split()
    half = (FRAME[0] // 2, FRAME[1] // 2)
    frame = b"FRAME\n" + y.tobytes() + cb.resize(half).tobytes() + cr.resize(half).tobytes()
    video = folder / "camera.y4m"
    header = f"YUV4MPEG2 W{FRAME[0]} H{FRAME[1]} F10:1 Ip A1:1 C420jpeg\n"
    video.write_bytes(header.encode() + frame * 5)
    return video


def scanned(page) -> tuple[str, str]:
    """Presses "Scan", waits for the verdict; the camera is stopped by then."""
    page.click("[data-action=scan]")
    page.wait_for_selector("#offline-verifier[data-result]", state="attached", timeout=20_000)
    assert page.is_hidden("[data-video]") and page.is_visible("[data-action=scan]")
    assert page.evaluate(
        "document.querySelector('[data-video]').srcObject.getTracks()"
        ".every((track) => track.readyState === 'ended')"
    )
    return page.input_value("#verifier-input"), page.get_attribute(
        "#offline-verifier", "data-result"
    )


def test_the_camera_reads_a_printed_certificate_offline_without_barcode_detector(
    chromium_launch, live_server, training, settings, tmp_path
):
    settings.SITE_URL = base = live_server.url
    valid, valid_proof, revoked, revoked_proof = valid_and_revoked(training)
    printed = [
        (valid, valid_proof, "en", "valid"),
        (revoked, revoked_proof, "hi", "revoked"),
    ]
    for certificate, proof, language, expected in printed:
        folder = tmp_path / expected
        folder.mkdir()
        browser = chromium_launch(
            "--use-fake-ui-for-media-stream",  # the camera allowed without asking
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-video-capture={filmed(stored(certificate), folder)}",
        )
        context = browser.new_context(**PHONE, locale=f"{language}-IN")
        context.add_init_script(SAFARI)
        page = context.new_page()
        watch = PageWatch(page)
        opened_then_offline(page, f"{base}/{language}/verify/offline/")
        assert page.is_hidden("[data-no-camera]")
        assert scanned(page) == (f"{base}/v/{certificate.code}#{proof}", expected)
        assert page.evaluate("typeof jsQR") == "function"  # the bundled decoder read it
        assert page.is_visible(f"[data-verdict={expected}]")
        # The same view as a photo chosen from the phone: read by the same decoder.
        page.fill("#verifier-input", "")
        page.evaluate("document.getElementById('offline-verifier').removeAttribute('data-result')")
        page.set_input_files("[data-photo]", folder / "frame.png")
        page.wait_for_selector("#offline-verifier[data-result]", state="attached")
        assert page.input_value("#verifier-input").endswith(proof)
        assert page.get_attribute("#offline-verifier", "data-result") == expected
        shot(page, f"offline-verifier-camera-{expected}-{language}")
        watch.check(f"offline verifier, camera, {expected}")
        context.close()
