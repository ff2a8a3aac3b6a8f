"""English general rules (see `plugin.core.lexicon`): broad concept classes, generic request shapes."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "en"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # Things of the customer's that a request can be about (merged with DATA/ACCOUNT/FIELD in rules).
    "OBJ": "cv cvs resume resumes passport* scan scans scanned copy copies id id_card identity_card "
    "id_document* driving_licence driving_license drivers_license driver's_license licence "
    "recording recordings voice_recording* audio footage cctv video videos photo* picture* pic pics image* "
    "selfie* history histories log logs location* gps searches search_history browsing* viewing_history "
    "review reviews comment comments post posts document* paperwork file files record records note notes "
    "profile* account* biometric* fingerprint* face_scan album* playlist* contacts address_book "
    "transcript* chat_history chats conversation* listing* application* applications entries entry "
    "membership loyalty_card details data info information stuff everything",
    "PRON": "it them those these that this",
    "DEL": "shred* bin trash* dispose* scrap* ditch* nuke delet clear",
    "GONE": "gone deleted removed erased wiped destroyed purged shredded binned",
    "MKT": "adverts advert ads ad advertising promotional promos promo promotions sales_call* cold_call* "
    "marketing_call* marketing_email* marketing_text* junk_mail junk circular* mailshot* special_offers "
    "discount* coupon* voucher* sales_pitch* telemarketing offers deals newsletters",
    "PROFILING": "analys* analyz* profiled profiling profile_me monitor* tracked tracking track surveil* "
    "predict* segment*",
    "FMT": "format formats file files spreadsheet excel archive zip download export csv json xml",
    "OTHER": "other another new different",
    "PROV2": "provider service app platform company bank supplier tool site website competitor insurer "
    "operator network",
    "PERMIT": "permission consent approval authorisation authorization",
    "SORT": "sort fix correct amend update change adjust rectify",
    # ---- escalation vocabulary (merged with the base classes)
    "SENSITIVE": "doctor doctors gp hospital* clinic* cancer tumour tumor asthma epilep* allerg* blood_test* "
    "blood_pressure blood_type ivf fertility miscarriage abortion anxiety panic_attack* counsel* psychiatr* "
    "psycholog* wheelchair surgery operation_on hiv aids std sti covid vaccin* mosque church synagogue temple "
    "muslim islamic jewish christian catholic hindu sikh buddhist halal kosher bisexual lgbt* transgender "
    "sex_life union_member* trade_union political_party party_membership iris_scan face_id facial_scan "
    "voiceprint voice_print biometrics fingerprints retina arrest* prison criminal_conviction* police_record "
    "rehab addiction alcoholism menstrua* period_tracker cycle_tracking ovulation symptom* sick_note sick_leave",
    "MINOR": "teen teens teenage teenager* aged_12 aged_13 aged_14 aged_15 aged_16 "
    "aged_17 pupil pupils schoolboy schoolgirl my_kid my_boy my_girl parental_consent guardian",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "lawyers legal_team legal_counsel legal_representative legal_aid sue_you suing_you take_you_to_court "
    "court_case small_claims_court legal_claim compensation_claim claim_for_compensation claim_damages "
    "",
    "MEDIA": "newspaper news_desk consumer_programme "
    "watchdog_programme go_public going_public publish_this social_media_post",
    "REPEAT": "asked_twice twice_already asked_three_times three_times several_times multiple_times many_times "
    "asked_again again_and_again yet_again still_nothing still_no_reply still_no_answer still_haven't "
    "no_one_replied nobody_replied nobody_answered ignoring_me "
    "earlier_request previous_request my_last_email my_previous_email ",
}

RULES = (
    # ---- erasure: a removal verb with a data object, or with a pronoun when an object was named
    spec("g.erasure.object", "erasure", "DEL ~4 OBJ"),
    spec("g.erasure.pronoun", "erasure", "DEL ~1 PRON|all|everything", need="OBJ"),
    spec("g.erasure.gone", "erasure", "want|need|like ~4 OBJ ~2 GONE|erased|deleted"),
    spec("g.erasure.take_off", "erasure", "take|get ~4 OBJ|PRON ~2 off|down ~3 site|website|platform|app|page"),
    # ---- rectification: a correction verb with the field or a pronoun when a field was named
    spec("g.rectification.sort_out", "rectification", "sort ~2 PRON ~1 out", "put ~2 PRON ~1 right", need="FIELD"),
    # ---- direct marketing: stop + pronoun when marketing was named; not wanting calls/ads
    spec("g.direct_marketing.stop_them", "direct_marketing", "STOP ~1 PRON|these|them", need="MKT", neg=False),
    spec(
        "g.direct_marketing.dont_want",
        "direct_marketing",
        "NEG ~1 want|need ~3 MKT ~2 anymore|again|more?",
        "NEG ~1 want|need ~3 these|those|your ~1 calls|texts|emails ~2 anymore",
        neg=False,
    ),
    # ---- portability: a file/format the other provider can read, or sent to the new provider
    spec(
        "g.portability.format_other",
        "portability",
        "FMT ~8 OTHER ~2 PROV2|one",
        "package|bundle|export ~4 MY|all ~4 OBJ",
    ),
    spec("g.portability.direct", "portability", "directly|straight ~1 to ~2 MY? ~1 OTHER ~3 PROV2"),
    # ---- restriction: keep it but don't use it
    spec(
        "g.restriction.keep_but",
        "restriction",
        "NEG ~1 DEL ~6 but|just|only ~3 stop|NEG ~1 USE|SEND|SHARE|showing|passing|forwarding",
        neg=False,
    ),
    # ---- objection: not wanting analysis / profiling of one's data
    spec("g.objection.not_want", "objection", "NEG ~1 want|like|agree|accept ~6 PROFILING", neg=False),
    # ---- consent: no longer giving permission
    spec(
        "g.withdraw_consent.no_longer",
        "withdraw_consent",
        "no_longer ~1 give|grant ~2 PERMIT",
        "NEG ~1 longer ~1 consent|agree",
        neg=False,
    ),
    # ---- escalations
    spec("child_data.age", "child_data", "CHILD ~2 AGE", "AGE ~1 year|years|yr ~1 old|olds"),
)
