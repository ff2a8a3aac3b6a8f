"""English semantic frames (see `plugin.core.lexicon`): one rule family per way of wanting a right,
written over broad word classes with free word order, not over phrases seen in data.

Frames: information about oneself (an overview/list of what is on file about me; what do you have
under my name), something gone (I don't want my X to stay/be kept), changed to a new value (my X is
wrong, it should be Y), use stopped but kept, permission taken back, no more marketing, a person to
re-decide, and a worry about handling.
"""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "en"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # a wish, plain or polite ("I'd appreciate", "I would like", "could you")
    "F_WISH": "like want wish need appreciate i_d_like i_would_like would_like grateful please kindly request "
    "requesting could_you can_you would_you",
    # a list or account of what is held ("an overview of everything you have on file about me")
    "F_OVERVIEW": "overview summary list listing rundown breakdown copy copies extract printout print_out report "
    "statement record account_of full_picture inventory",
    # where a writer's data sits, said of the writer ("about me", "on file", "under my name")
    "F_ONME": "about_me on_me of_me concerning_me regarding_me relating_to_me related_to_me on_file in_your_files "
    "under_my_name in_my_name linked_to_me you_hold you_have you_keep you_store you_ve_got you_process "
    "you_have_collected you_collected you_ve_collected you_have_stored you_ve_stored on_record in_your_records",
    "F_HAVE": "have hold keep store stored kept held got know collected recorded process processed gathered",
    "F_KNOWV": "know find_out learn understand see check",
    "F_CURIOUS": "curious wondering wonder interested",
    # staying where it is ("I don't want my data to stay on your servers")
    "F_STAY": "stay remain remains kept stored held retained around lying_around sitting kept_on_file on_file",
    "F_LONGER": "any_longer anymore any_more no_longer",
    "F_NONE": "none_of nothing_of no_trace no_part_of",
    # a value on file that is wrong, and the cue of the right value
    "F_WRONGV": "wrong incorrect incorrectly inaccurate mistaken misspelled misspelt spelled_wrong spelt_wrong "
    "spelled_incorrectly outdated out_of_date old not_correct not_right mixed_up swapped",
    "F_RIGHTCUE": "should_be should_read should_say correct_one right_one actually is_now are_now now instead_of "
    "rather_than not",
    "F_SHOWN": "down_as listed_as recorded_as registered_as shows says has_me lists",
    # used, in the passive ("my data being analysed")
    "F_USEDP": "used analysed analyzed processed profiled tracked monitored shared sold evaluated scored mined fed",
    "F_AGREE": "agree ok okay happy comfortable fine",
    "F_BACK": "back",
    "F_TAKE": "take taking took",
    "F_RESTRICT": "restrict restricted restricting restriction limit limited limiting block blocked",
    "F_HUMANADJ": "human manual personal individual in_person proper",
    "F_REVIEWN": "review check assessment reassessment examination look decision reconsideration evaluation",
    "F_MORE": "no_more any_more anymore again",
    "F_ENTITLED": "entitled right_to",
    "F_PURPOSE": "use used using do doing",
    "F_CHANGED": "changed has_changed have_changed is_different moved",
    "F_OLDV": "old previous former outdated",
    "F_HOLDN": "hold pause freeze stop halt",
    "F_READ": "read import load upload open use",
    "F_MOVE": "transfer transferred port ported migrate move moved",
    "F_EXCLUDE": "exclude excluded leave_out leave_me_out take_me_out opt_me_out",
    "F_PERSONALISE": "personalise* personalize* target* tailor*",
    "F_KEEPGET": "keep_getting keep_receiving still_getting still_receiving constantly_getting",
    "F_MSGN": "texts text_messages sms emails e_mails mails calls phone_calls letters messages leaflets",
    "F_NOASK": "never_asked never_signed_up never_subscribed didn_t_ask didnt_ask did_not_ask stop unsubscribe",
    "F_HUMANADV": "personally manually in_person by_hand yourselves themselves himself herself",
    "F_GIVING": "give giving grant granting",
    "F_HANDLED": "handled treated protected looked_after managed",
    "F_ALLOWEDQ": "is_that_allowed is_this_allowed is_that_legal is_this_legal is_that_lawful is_this_lawful",
    "F_GOTFROM": "got obtained received bought",
    "F_CUSTDATA": "customer_data customers_data client_data user_data personal_data",
    "F_LOGGED": "logged recorded recording tracked registered captured noted stored held kept",
    "F_POSSIBLE": "possible could_you can_you would_you please kindly like",
    "F_FURNISH": "furnish provide supply send share give",
    "F_GONEWANT": "gone deleted removed erased wiped",
    "F_INPLACE": "where_it_is where_they_are as_it_is as_they_are as_is in_place",
    "F_DIRECTLY": "directly straight",
    "F_PUSHING": "pushing promoting advertising selling flogging plugging",
    "F_NOWANT": "no_more don_t_want dont_want do_not_want stop unsubscribe",
    "F_NOLONGER": "no_longer not_anymore not_any_more anymore any_more",
    # merged into the base classes: more ways to say "a person looks again" and "the machine decided"
    "REVIEW2": "compare compared recheck re_check verify verified judge",
    "AUTO2": "selfie_check face_check face_match verification_check automatic_check referencing_platform",
    "DECISION2": "locked turned_down does_not_match doesn_t_match",
}

RULES = (
    # ---- access: information about oneself
    spec(
        "f.access.overview",
        "access",
        "F_OVERVIEW ~4 of? ~3 EVERYTHING|DATA|OBJ|INFO ~8 F_ONME",
        "F_OVERVIEW ~3 of ~2 MY ~2 DATA|INFO",
        need="F_WISH|PLEASE|REQ",
        weak=True,
    ),
    spec(
        "f.access.what_on_me",
        "access",
        "WHAT|EVERYTHING ~4 you ~3 F_HAVE ~4 F_ONME",
        "WHAT|EVERYTHING ~6 F_ONME",
        "WHAT ~2 do|did ~1 you ~3 F_HAVE ~2 on|about ~1 me",
        "WHAT ~3 F_HAVE ~3 under|in ~1 my ~1 name",
        q=False,
        alone=True,
    ),
    spec(
        "f.access.want_to_know",
        "access",
        "F_WISH ~3 to ~1 F_KNOWV ~3 WHAT ~8 F_HAVE|F_ONME",
        "F_CURIOUS ~4 WHAT ~8 F_HAVE|F_ONME",
        "F_CURIOUS ~4 WHAT ~3 in ~2 MY ~2 DATA|OBJ|ACCOUNT",
        q=False,
        alone=True,
    ),
    spec(
        "f.access.purposes",
        "access",
        "F_ENTITLED ~2 to? ~1 know|see|access ~6 WHAT|who",
        "WHAT ~3 do ~1 you ~1 F_PURPOSE ~3 MY|PRON ~3 for",
        q=False,
        alone=True,
    ),
    spec(
        "f.access.whatever_logged",
        "access",
        "get|see|receive|have ~3 whatever|everything|all ~10 F_LOGGED",
        "send ~1 me ~2 what|whatever|everything ~8 F_LOGGED",
        need="F_POSSIBLE|F_WISH",
        q=False,
        alone=True,
    ),
    spec("f.access.furnish", "access", "F_FURNISH ~1 me ~6 MY ~4 DATA|INFO", weak=True),
    # ---- erasure: wanting something gone
    spec(
        "f.erasure.not_stay",
        "erasure",
        "NEG ~2 want|like|wish ~4 MY ~3 DATA|OBJ|INFO ~3 to? ~1 be? ~1 F_STAY",
        "MY ~3 DATA|OBJ|INFO ~10 F_STAY ~6 F_LONGER",
        "make_sure|ensure ~2 F_NONE ~2 MY ~3 DATA|OBJ|INFO ~3 REMAINS|F_STAY",
        neg=False,
    ),
    spec(
        "f.erasure.dont_keep_any", "erasure", "NEG ~1 KEEP_V ~2 any|anything ~2 of? ~1 MY ~3 DATA|OBJ|INFO", neg=False
    ),
    spec(
        "f.erasure.want_gone",
        "erasure",
        "want|like ~4 the? ~1 whole|entire ~1 thing|lot ~1 F_GONEWANT",
        "want|like ~6 F_GONEWANT",
        need="OBJ|DATA|ACCOUNT",
        alone=True,
    ),
    # ---- rectification: a value on file is wrong; the right value is given
    spec(
        "f.rectification.wrong_value",
        "rectification",
        "FIELD ~6 F_WRONGV ~12 F_RIGHTCUE",
        "F_WRONGV ~4 FIELD ~12 F_RIGHTCUE",
        "FIELD ~4 F_SHOWN ~10 but|actually|when",
        alone=True,
    ),
    spec(
        "f.rectification.changed",
        "rectification",
        "MY ~1 FIELD ~2 F_CHANGED",
        "SYSTEM|DATA|you ~3 still ~2 F_SHOWN|show|have|has ~3 F_OLDV",
        need="FIELD",
        alone=True,
    ),
    spec(
        "f.rectification.is_wrong",
        "rectification",
        "FIELD ~4 is|are ~1 F_WRONGV",
        "FIELD ~3 you ~1 should ~1 have ~4 for ~1 me",
        need="CORRECT|F_RIGHTCUE|sort|fix|@EMAIL",
        alone=True,
    ),
    spec("f.rectification.now_name", "rectification", "married|divorced ~10 name ~4 is? ~1 now"),
    # ---- restriction: stop using but keep
    spec(
        "f.restriction.leave_as_is",
        "restriction",
        "leave|keep ~5 F_INPLACE ~8 but|until",
        need="UNTIL3",
        neg=False,
    ),
    spec("f.restriction.hold", "restriction", "put ~2 a? ~1 F_HOLDN ~1 on ~3 processing|use|MY"),
    spec("f.restriction.restrict", "restriction", "F_RESTRICT ~4 USE|processing|any_further ~2 use?", neg=False),
    # ---- portability: a copy to take elsewhere
    spec(
        "f.portability.can_read",
        "portability",
        "format|file ~6 can|could|will ~1 F_READ",
        "F_MOVE ~1 MY ~5 DATA|OBJ ~3 to|over",
        need="OTHER|PROV2|PROVIDER|their",
        weak=True,
    ),
    spec("f.portability.directly", "portability", "F_MOVE|transmit ~12 F_DIRECTLY ~1 to", weak=True),
    # ---- objection: not agreeing with a use
    spec(
        "f.objection.not_agree",
        "objection",
        "NEG ~2 F_AGREE ~4 with? ~2 MY ~3 DATA|OBJ|INFO ~2 being ~1 F_USEDP",
        "NEG ~2 F_AGREE ~4 with? ~2 you ~1 F_USEDP|USE|using ~3 MY",
        neg=False,
    ),
    spec(
        "f.objection.not_ok_with_that",
        "objection",
        "NOTFINE ~2 with ~1 that|this|it",
        "NEG ~1 F_AGREE ~2 with ~1 that|this|it",
        need="PROFILING|F_PERSONALISE",
        neg=False,
        alone=True,
    ),
    spec("f.objection.exclude", "objection", "F_EXCLUDE ~3 MY? ~2 DATA|OBJ|me? ~4 from ~3 PROFILING"),
    # ---- withdraw consent: taking permission back
    spec(
        "f.withdraw_consent.take_back",
        "withdraw_consent",
        "F_TAKE ~1 F_BACK ~6 CONSENT|PERMIT",
        "F_TAKE ~6 CONSENT|PERMIT ~3 F_BACK",
    ),
    spec(
        "f.withdraw_consent.no_longer_give",
        "withdraw_consent",
        "no_longer|not_any_longer|not_anymore ~2 F_GIVING ~2 CONSENT|PERMIT",
        neg=False,
    ),
    spec(
        "f.withdraw_consent.agreed_no_longer",
        "withdraw_consent",
        "CONSENTED ~25 F_NOLONGER",
        neg=False,
        alone=True,
    ),
    # ---- direct marketing: no more of it
    spec("f.direct_marketing.no_more", "direct_marketing", "SEND|phoning|calling|ringing ~3 me ~2 F_MORE ~4 MKT"),
    spec("f.direct_marketing.pushing", "direct_marketing", "F_MSGN ~1 F_PUSHING", need="F_NOWANT", alone=True),
    spec("f.direct_marketing.keep_getting", "direct_marketing", "F_KEEPGET ~3 F_MSGN", need="F_NOASK", alone=True),
    # ---- automated decision: a person to re-decide
    spec(
        "f.automated_decision.human_review",
        "automated_decision",
        "F_HUMANADJ ~1 F_REVIEWN",
        "REVIEW2|REVIEW ~5 F_HUMANADV",
        need="AUTO2|AUTO&DECISION2|DECISION",
        neg=False,
    ),
    # ---- privacy concern: worrying about handling
    spec(
        "f.privacy_concern.handling",
        "privacy_concern",
        "F_GOTFROM ~3 MY ~2 DATA|FIELD ~3 from ~1 you",
        "F_ALLOWEDQ",
        "NEG ~3 how ~4 DATA|INFO ~3 should|ought ~2 be ~1 F_HANDLED",
        "do|does ~1 you ~1 SELLV|SHARE_V|share|pass ~2 F_CUSTDATA|DATA",
        need="DATA|FIELD|F_CUSTDATA",
        q=False,
        alone=True,
    ),
    # ---- escalations: asked before without answer; data that went to the wrong person
    spec(
        "f.repeated_request.again",
        "repeated_request",
        "month|deadline|period|30_days ~3 has|have|is? ~1 expired|passed|lapsed|elapsed|over",
        "second|third|another ~1 attempt|request",
        "nothing ~2 has|have ~1 been ~1 done|happened",
        "ago ~8 NEG|no|nothing ~3 reply|response|answer|received|heard",
        "despite ~2 my ~3 email|emails|letter|request|requests|reminder",
    ),
    spec(
        "f.data_breach.other_customer",
        "data_breach",
        "another ~1 customer|customer_s|client|client_s|person_s|user_s|member_s|patient_s",
        "someone ~1 else_s",
    ),
)
