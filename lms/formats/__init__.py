"""Date formats for our two languages (FORMAT_MODULE_PATH).

Readers in India write the day first: Django's "en" formats are American
("12/05/2026" for 12 May), so English follows Indian usage (en-IN) here. Hindi
uses the same order with full month names ("5 दिसंबर 2026"): the Hindi month
names themselves come from our catalogue (locale/hi), which corrects Django's.
"""
