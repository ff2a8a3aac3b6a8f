"""Second round of generalisation probes in English: everyday phrasings of every right, written blind to
the rules (no labelled set consulted), plus look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not checked).
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    (
        "",
        "Hi, I closed my account last year but I still get your texts. Can you wipe my number and everything else "
        "you kept?",
        "erasure",
        None,
    ),
    ("", "Please get rid of the recordings of my calls, I never agreed to them being stored.", "erasure", None),
    ("", "I'd like to know exactly what personal information your company has on file for me.", "access", None),
    (
        "",
        "Can you tell me what data you collected through the fitness tracker and who you shared it with?",
        "access",
        None,
    ),
    ("", "My date of birth on your records is off by a year. It should be 4 June 1991.", "rectification", None),
    ("", "You have my old surname. I got married, it's now Patel. Please update it.", "rectification", None),
    ("", "Stop emailing me about offers. I'm not interested.", "direct_marketing", None),
    ("", "Please remove me from all marketing, including post and phone.", "direct_marketing", None),
    ("", "I want to move my data to another bank. Can you send it over in a standard format?", "portability", None),
    ("", "Please download all my workout history into a CSV for me.", "portability", None),
    ("", "While you look into my complaint, please don't use my data for anything else.", "restriction", None),
    ("", "I don't want you analysing my listening habits to recommend stuff. Turn that off for me.", "objection", None),
    (
        "",
        "My loan was declined automatically. I want a human being to look at my application.",
        "automated_decision",
        None,
    ),
    ("", "I gave you consent to share my details with partners. I now withdraw it.", "withdraw_consent", None),
    (
        "",
        "I'm worried about how my medical information is being handled by your staff.",
        "privacy_concern",
        "special_category",
    ),
    ("", "I've asked three times now for my account to be deleted. Please just do it.", "erasure", "repeated_request"),
    (
        "",
        "My 12-year-old set up a profile on your app. Please remove it and all of her photos.",
        "erasure",
        "child_data",
    ),
    ("", "I'm forwarding this to my solicitor unless you delete my data within a week.", "erasure", "legal_action"),
    ("", "What's on file for me?", "access", None),
    ("", "Could you email me all the info linked to my account?", "access", None),
    ("", "Is there anything stored about me on your systems?", "access", None),
    ("", "I'd like to see the notes your staff made about me.", "access", None),
    ("", "Which of my details did you give to the bailiffs?", "access", "authority_request"),
    ("", "I no longer agree to you using my photos.", "withdraw_consent", None),
    ("", "You no longer have my permission to use my testimonial.", "withdraw_consent", None),
    ("", "I changed my mind about letting you use my voice recordings.", "withdraw_consent", None),
    ("", "I opted in to the research programme last year but I want to opt out now.", "withdraw_consent", None),
    ("", "I ticked the box to allow location tracking. Please untick it.", "withdraw_consent", None),
    ("", "How do I change my delivery address for order 7781?", "", None),
    ("", "Can you delete the duplicate item from my basket?", "", None),
    ("", "I'd like to cancel my membership from next month.", "", None),
    ("", "Please send me a copy of my last three invoices.", "", None),
    ("", "I disagree with the automated decision and would like a manual review.", "automated_decision", None),
    ("", "Are you selling my data to other companies?", "privacy_concern", None),
    (
        "",
        "I'm uncomfortable that your delivery driver can see my home address and phone number.",
        "privacy_concern",
        None,
    ),
    ("", "This feels like an invasion of my privacy.", "privacy_concern", None),
    ("", "I keep getting your 'special offers' texts. I didn't sign up for these.", "direct_marketing", None),
    ("", "Enough with the sales calls already.", "direct_marketing", None),
    ("", "Hang on to my records but don't do anything with them until the ombudsman decides.", "restriction", None),
    ("", "This is my third email about deleting my account. Please delete it.", "erasure", "repeated_request"),
    (
        "",
        "I've been waiting six weeks for a reply to my request for my data. Send me my data.",
        "access",
        "repeated_request",
    ),
    ("", "Please delete my account. If you don't, I'll go to the newspapers.", "erasure", "media"),
    ("", "Please delete my account or I will take legal steps.", "erasure", "legal_action"),
    ("", "Please delete my daughter's profile, she is only 12.", "erasure", "child_data"),
    (
        "",
        "I moved to a different gym in March. There's no reason for you to still have my membership photo and card "
        "history.",
        "erasure",
        None,
    ),
    (
        "",
        "I'm curious what your smart meter sends you every half hour about my household. Can I see it?",
        "access",
        None,
    ),
    ("", "Whatever you recorded from my calls last winter, I'd like a copy.", "access", None),
    (
        "",
        "I've switched energy supplier. Please pass my meter readings history to them in whatever format they use.",
        "portability",
        None,
    ),
    (
        "",
        "I'm fine with you holding my address for deliveries, but I don't want it used to build a lifestyle profile "
        "of me.",
        "objection",
        None,
    ),
    (
        "",
        "My old work email is still on my account and I can't get into it. Replace it with anna.k@example.com please.",
        "rectification",
        None,
    ),
    ("", "You printed my full name on the public leaderboard. I'd like that removed from the site.", "erasure", None),
    (
        "",
        "When I joined I ticked the box for partner offers. That was a mistake on my part, so please treat it as "
        "unticked.",
        "withdraw_consent direct_marketing",
        None,
    ),
    (
        "",
        "The loyalty app logs every shop I walk into. I'm fine earning points, not fine being followed around.",
        "objection",
        None,
    ),
    (
        "",
        "Your insurer's app gave me a risk rating without any explanation and now my premium has doubled. A human "
        "should look at this.",
        "automated_decision",
        None,
    ),
    ("", "Those 'we miss you' emails every Friday - I could do without them.", "direct_marketing", None),
    ("", "It worries me that anyone at the front desk can pull up my medical notes.", "privacy_concern", None),
    (
        "",
        "Until the billing dispute is settled, my account details are not to be passed to any debt collector.",
        "restriction",
        None,
    ),
    ("", "Can you remove the blender from my wishlist? I bought it elsewhere.", "", None),
    ("", "I'd like to update the card I pay with, the old one expired.", "", None),
    ("", "Could you send me last month's invoice as a PDF?", "", None),
    ("", "Please delete the duplicate direct debit on my account, I was charged twice.", "", None),
    ("", "How do I export my contacts to my new phone? I can't find the option.", "", None),
    ("", "Please cancel my gym membership from next month.", "", None),
    ("", "Stop sending the parcel, I want to return it.", "", None),
    ("", "My password doesn't work, can you reset my login?", "", None),
    ("", "Can you change the delivery date of order 66231 to Friday?", "", None),
    ("", "We are a law firm and would like to know your retention policy for client files in general.", "", None),
    ("", "Do you still have my old passport scan from 2019?", "access", None),
    ("", "I'd rather you didn't keep my fingerprints on file now that I've left the gym.", "erasure", None),
    ("", "Please make sure nothing of mine remains in your systems.", "erasure", None),
    ("", "Could you check whether my details are still in your database?", "access", None),
    ("", "Honestly, you can bin my CV, I found a job.", "erasure", None),
    (
        "",
        "The gym app now estimates my body fat from my photos. I never asked for that; please leave my pictures out "
        "of it.",
        "objection",
        None,
    ),
    (
        "",
        "I'm changing banks. Is there a way to get my transaction history out of your app in one go so the new bank "
        "can load it?",
        "portability",
        None,
    ),
    (
        "",
        "I've complained about the wrong balance. Until you've checked, nothing about that balance should go to the "
        "credit agencies.",
        "restriction",
        None,
    ),
    (
        "",
        "Last spring I agreed you could use my interview clip in your adverts. I'd now prefer you didn't.",
        "withdraw_consent",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "en")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
