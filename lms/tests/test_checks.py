"""The system check that warns when certificates could not shape Hindi text."""

from lms.checks import check_devanagari_font, devanagari_font_families


def test_no_warning_when_a_devanagari_font_is_installed():
    # `make test` installs fonts-noto-core (make system-deps) before running the suite.
    assert any("Devanagari" in family for family in devanagari_font_families())
    assert check_devanagari_font() == []


def test_warns_with_the_install_command_when_no_devanagari_font_is_found(tmp_path, monkeypatch):
    # A fontconfig configuration that knows no font folders: fc-list finds nothing.
    empty_config = tmp_path / "fonts.conf"
    empty_config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>"
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(empty_config))

    warnings = check_devanagari_font()

    assert [w.id for w in warnings] == ["lms.W001"]
    assert "apt-get install fonts-noto-core" in warnings[0].hint
