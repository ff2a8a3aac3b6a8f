"""Generalisation probes in English: requests in words the corpus never used, and look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not
checked). Sentences written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    # erasure
    ("", "You still have scans of my passport from the rental. Shred them please.", "erasure", ""),
    ("", "Can you get rid of my old CV? I don't want it sitting on your servers.", "erasure", ""),
    ("", "Bin everything you've got on me and close the profile.", "erasure", ""),
    ("", "Please wipe my browsing history and saved searches from the app.", "erasure", ""),
    ("Photos", "The pictures I uploaded to the gallery in 2019 — take them off your site, thanks.", "erasure", ""),
    ("", "Purge my details from your customer database.", "erasure", ""),
    ("", "I'd like my loan history erased from your records.", "erasure", ""),
    ("", "Delete the voice recordings of my calls with your support team.", "erasure", ""),
    ("", "I want my location history gone. All of it.", "erasure", ""),
    ("", "Remove my CCTV footage from the shop incident, it has been long enough.", "erasure", ""),
    # rectification
    ("", "You've got my birthday as 3 May 1990 but it's 5 March 1990. Can you sort that out?", "rectification", ""),
    ("", "My surname is spelt Macdonald, not McDonald. Please amend your records.", "rectification", ""),
    ("", "Please update my email on file to jo.baker@example.org.", "rectification", ""),
    ("", "Your system lists me as Mr but I'm Ms. Could you change that?", "rectification", ""),
    # access
    ("", "What info have you got about me? Send me the lot.", "access", ""),
    ("", "I'd like to see every record you keep on me, including notes from phone calls.", "access", ""),
    ("", "Please send me a copy of all the personal information you store about me.", "access", ""),
    ("", "Who have you passed my details on to?", "access", ""),
    # direct marketing
    ("", "You keep sending adverts disguised as reminders. Stop them pls.", "direct_marketing", ""),
    ("", "Take me off your mailing list, I never signed up.", "direct_marketing", ""),
    ("", "No more promotional texts please.", "direct_marketing", ""),
    ("", "Your sales team rings me every week. I don't want these calls anymore.", "direct_marketing", ""),
    ("", "Stop posting catalogues to my house.", "direct_marketing", ""),
    # portability
    (
        "",
        "Could you package all my albums in a format the other service can read? I'm moving to another provider.",
        "portability",
        "",
    ),
    (
        "",
        "I'd like an export of my workout logs as a spreadsheet file so I can load them elsewhere.",
        "portability",
        "",
    ),
    ("", "Please send my playlists and listening history directly to my new streaming provider.", "portability", ""),
    # restriction
    ("", "Don't delete my CV, but stop sending it to employers until I say so.", "restriction", ""),
    ("", "Keep my file but don't use it for anything while my complaint is being looked at.", "restriction", ""),
    # objection
    ("", "I object to you profiling me for targeted ads.", "direct_marketing", ""),
    ("", "I don't want my purchase history analysed to build a profile of me. Please stop.", "objection", ""),
    # automated decision
    (
        "",
        "My credit limit was cut by your automated system overnight. I want a real person to review that decision.",
        "automated_decision",
        "",
    ),
    # withdraw consent
    ("", "I no longer give permission for you to use my photo in your brochures.", "withdraw_consent", ""),
    ("", "I'm revoking my consent to location tracking.", "withdraw_consent", ""),
    # privacy concern
    ("", "How did you get my phone number? I never gave it to you.", "privacy_concern", ""),
    # escalations
    ("", "My son (14) signed up without my permission. Please delete his account.", "erasure", "child_data"),
    (
        "",
        "I asked twice already for my data to be deleted and nobody answered. Delete it now.",
        "erasure",
        "repeated_request",
    ),
    ("", "My lawyer told me to ask you for a copy of all the data you hold on me.", "access", "legal_action"),
    (
        "",
        "Please erase the fingerprint scan you took when I joined the gym.",
        "erasure",
        "special_category",
    ),
    (
        "",
        "I'm a journalist and I want to know what data your app holds on me.",
        "access",
        "media",
    ),
    # non-requests
    ("", "I'd like to cancel my subscription at the end of the month.", "", ""),
    ("", "I can't log in to my account, the reset link doesn't work.", "", ""),
    ("", "Please change the delivery address of order 55812 to 4 Elm Street.", "", ""),
    ("", "Can I get a copy of my last invoice?", "", ""),
    ("", "Please remove the scarf from my basket, I ordered it by mistake.", "", ""),
    ("", "Thanks for deleting my old account so quickly last week!", "", ""),
    ("", "What is your return policy for damaged items?", "", ""),
    ("", "Could you update the billing card on my plan? The old one expired.", "", ""),
    # A worry about card data is not a payment change.
    ("", "How do you protect my card details?", "privacy_concern", None),
    ("", "Please update my card details, the old card expired.", "", None),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "en")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    assert result.is_request == bool(rights)
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
