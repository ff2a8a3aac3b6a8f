"""English broad expansions (see `plugin.core.lexicon`): more ways to ask for each right, one concept per
rule: whether you hold my data, let me see my file, why do you need my X, leave me alone, I don't want
my data used for Y, I no longer consent."""

from __future__ import annotations

from plugin.core.lexicon.shared_frames import SHARED_RULES
from plugin.core.rulematch import spec

LANG = "en"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # 'I've changed my mind' beside an earlier yes (CONSENTED): the yes is taken back (Art. 7(3))
    "MINDCHANGE": "changed_my_mind change_my_mind "
    "don't_want_that_any_more don't_want_that_anymore not_ok_with_that_any_more",
    "WHETHER": "whether if",
    "STORED": "on_file on_record stored held recorded logged kept saved collected",
    "LINKED": "linked connected attached associated related tied",
    "SHARE_V": "give gave given pass passed share shared send sent sell sold disclose disclosed hand handed",
    "HOLDV": "hold have keep store process processing holding storing keeping",
    "SEEV": "see view consult inspect",
    "GETV": "receive obtain get have",
    "PURPOSE": "purpose purposes what_for for_what reason reasons",
    "DOWITH": "do_with doing_with",
    "SAFE": "safe secure protected",
    "CREEPY": "creepy invasive intrusive excessive over_the_top unacceptable outrageous",
    "LEAVE": "leave_me_alone leave_us_alone",
    "CONTACTED": "contacted called phoned emailed texted messaged approached",
    "USEDV": "used processed shared analysed analyzed sold passed_on",
    "TRACES": "trace traces every_trace all_trace",
    "ANON": "anonymise anonymize anonymised anonymized",
    "BUTTON": "button buttons",
    "PORTNUM": "PAC_code number_porting keep_my_number",
    "QGENERIC": "thesis dissertation essay",
    "REQ": "please pls plz kindly want wanna would_like i_d_like need request demand ask can_you could_you would_you",
    "SELLV": "selling sell sells sold",
    "DISCOMFORT": "uncomfortable not_happy unhappy bothers_me upset annoyed",
    "PRIVACY": "privacy",
    "VIOLATED": "invasion invaded violated violation breach disrespected not_respected",
    "SIGNED": "signed_up sign_up subscribed subscribe opted_in opt_in asked_for ask_for",
    "ENOUGH": "enough_with enough_of no_more_of",
    "ORDINAL": "second third fourth fifth 2nd 3rd 4th",
    "MAILN": "email e_mail mail message letter request reminder time_i_m_writing",
    "WAITING": "waiting_weeks waiting_months weeks_waiting months_waiting been_waiting",
    "KEEP2": "keep keeping have having hold holding store storing retain",
    "RECORDED": "recorded stored saved logged collected registered kept noted",
    "CURIOUS": "curious wondering wonder interested",
    "REPLACE": "replace replaced substitute swap",
    "THEY": "they them",
    "CONSIDER": "treat consider regard",
    "UNDONE": "unticked unchecked undone removed cancelled withdrawn void",
    "CONSENTED": "ticked checked agreed accepted",
    "FOLLOWED": "followed tracked watched monitored",
    "NOPE": "no not",
    "NOTFINE": "not_fine not_ok not_okay not_happy",
    "DOWITHOUT": "do_without live_without",
    "ANYONE": "anyone anybody everyone",
    "CANV": "can could may",
    "SEEV2": "see view pull_up access read open look_at",
    "UNTIL3": "until till while pending",
    "PASSV": "passed pass given sent shared handed forwarded reported go",
    "DECISION2": "rating risk_rating doubled tripled raised increased",
    "WORRY": "worries worrying",
    "STILLQ": "still",
    "RATHER": "rather prefer",
    "REMAINS": "remains remain left stays",
    "CHECKV": "check see confirm find_out",
    "TIMES": "third_time second_time three_times several_times multiple_times many_times",
    "ASKV": "asked ask asking requested request requests wrote written writing emailed email mail contacted told "
    "reminder",
    "LOADV": "load import read upload use",
    "PUBLISHED": "interview* clip* fragment* testimonial* video*",
    "NEG2": "didn_t didnt did_not wouldn_t stopped",
    # "despite my request of 3 March (you still …)": asked before and not honoured (shared frame)
    "DESPITE": "despite in_spite_of notwithstanding",
    "PRIOR_ASK": "request requests objection complaint letter email e_mail reminder",
    # privacy concern (Art. 5(1)(c) minimisation, 12-14 transparency): what a company asks of the writer
    "PC_ASKV": "ask asks asking asked require requires requiring demand demands collect collects collecting "
    "insist insists want wants need needs",
    "PC_PERSONAL": "date_of_birth birthday dob passport* id_card identity_card driving_licence driving_license "
    "national_insurance ni_number social_security ssn income salary marital_status contacts address_book "
    "location photos camera microphone selfie phone_number mobile_number home_address",
    "PC_TRACK": "tracking track tracks recording records listening monitoring watching",
    "PC_WORRIES": "worries concerns bothers scares unsettles",
    "PC_UNWANTED": "calls calling phoned rang ringing cold_calls spam texts cold_called",
    "PC_SHAREV": "sharing shared passing passed giving given selling sold sending sent handing handed",
}

RULES = (
    spec("x.objection.leave_out", "objection", "leave ~2 MY ~2 OBJ|DATA ~2 out", over="erasure"),
    spec("x.portability.new_can_load", "portability", "OTHER ~3 can|could ~1 LOADV", weak=True),
    spec("x.restriction.nothing_goes", "restriction", "UNTIL3 ~16 nothing ~6 PASSV", neg=False),
    spec(
        "x.withdraw_consent.prefer_not",
        "withdraw_consent",
        "RATHER ~2 you ~1 NEG2",
        need="CONSENTED|CONSENT",
        over="direct_marketing",
        neg=False,
    ),
    spec("x.access.still_have", "access", "do|does ~1 you ~2 STILLQ ~1 have|hold|keep ~3 MY ~3 OBJ|DATA", alone=True),
    spec(
        "x.erasure.rather_not",
        "erasure",
        "RATHER ~2 you ~1 didn_t|didnt|did_not|wouldn_t ~1 keep|store|hold ~4 MY|OBJ",
        neg=False,
    ),
    spec("x.erasure.nothing_left", "erasure", "nothing ~2 of ~1 mine|me ~2 REMAINS", neg=False),
    spec("x.access.check_whether", "access", "CHECKV ~2 whether|if ~6 MY ~2 DATA|OBJ|FIELD ~4 still|are|is"),
    spec(
        "x.erasure.no_reason",
        "erasure",
        "no ~1 reason|need ~4 to? ~1 still? ~1 KEEP2 ~4 MY|OBJ|DATA",
        "don_t|dont|no_longer ~1 need ~3 MY ~2 OBJ|DATA|FIELD",
        neg=False,
    ),
    spec("x.access.copy_of_that", "access", "like|want|need ~2 a ~1 copy", need="RECORDED"),
    spec(
        "x.access.curious",
        "access",
        "CURIOUS ~3 what ~10 about ~1 MY|me",
        "can ~1 I ~1 see ~1 it|that|them",
        need="RECORDED|SEND|DATA",
    ),
    spec("x.portability.their_format", "portability", "format ~4 THEY ~2 use|read|accept|need", weak=True),
    spec("x.rectification.replace", "rectification", "REPLACE ~3 with|by ~2 @EMAIL|@NUM|FIELD"),
    spec(
        "x.repeated_request.nth",
        "repeated_request",
        "ORDINAL ~1 MAILN",
        "been ~1 waiting ~4 weeks|months|days",
        "waiting ~6 since ~3 for? ~2 reply|answer|response",
    ),
    spec(
        "x.direct_marketing.unsolicited",
        "direct_marketing",
        "never|didn_t|didnt|not ~2 SIGNED",
        need="MKT",
        neg=False,
        alone=True,
    ),
    spec("x.direct_marketing.enough", "direct_marketing", "ENOUGH ~3 MKT", neg=False),
    spec(
        "x.restriction.nothing_until",
        "restriction",
        "NEG ~1 do ~1 anything ~4 with ~8 until|while",
        "do ~1 nothing ~4 until|while",
        neg=False,
    ),
    spec("b.rectification", "rectification", "CORRECT ~15 FIELD", "FIELD ~15 CORRECT", need="WRONG", alone=True),
    spec("cancellation.number_porting", "cancellation", "port ~2 my ~2 number", "PORTNUM"),
    spec("question_about.third_person", "question_about", "can|may|could ~1 a ~1 customer|client|user|consumer"),
    spec(
        "x.access.on_file",
        "access",
        "WHAT ~3 STORED ~3 for|about|on ~1 me",
        "anything ~3 STORED ~3 about|on ~1 me",
        "GIVE|have|get|see|know|send ~6 DATA|OBJ ~3 LINKED ~2 to ~1 MY",
        "WHAT ~3 DATA|OBJ ~3 is|are ~1 LINKED ~2 to ~1 MY",
        "see|know|read ~6 OBJ ~6 about ~1 me",
        "which|what ~2 of ~1 MY ~2 DATA|FIELD|OBJ ~3 did|have ~1 you ~2 SHARE_V",
        weak=True,
    ),
    spec(
        "x.withdraw_consent.no_longer",
        "withdraw_consent",
        "no_longer|NEG ~1 agree ~3 to ~2 you ~1 using|use|sharing|keeping|having",
        "no_longer ~1 have ~1 MY ~1 CONSENT_LIKE",
        "NEG ~1 give ~2 you ~1 CONSENT_LIKE ~3 any_more|anymore",
        "changed ~1 my ~1 mind ~2 about ~2 letting|allowing|you",
        "opted_in|signed_up|joined|agreed ~10 opt_out|withdraw|leave",
        "said ~1 yes ~8 now ~4 no",
        "untick|uncheck ~2 it|the_box|that",
        neg=False,
        over="direct_marketing",
    ),
    spec(
        "x.access.whether",
        "access",
        "WHETHER ~3 you ~2 HOLDV ~4 DATA|anything|OBJ ~3 about|on|of ~1 me",
    ),
    spec("x.access.see_file", "access", "SEEV ~3 MY ~2 OBJ|DATA", "GETV ~2 a ~1 COPY ~1 of ~2 MY", need="REQ"),
    spec("x.access.receive", "access", "GETV ~2 MY ~2 DATA ~2 you ~1 HOLD", weak=True),
    spec("x.access.purposes", "access", "PURPOSE ~4 you ~2 USE|using|process|processing ~2 MY ~2 DATA|OBJ|FIELD"),
    spec(
        "x.privacy_concern.do_with",
        "privacy_concern",
        "what ~3 you ~2 DOWITH ~2 MY ~2 DATA|OBJ|FIELD",
        "is ~1 MY ~2 DATA|OBJ|FIELD ~2 SAFE",
    ),
    spec(
        "x.direct_marketing.not_contacted",
        "direct_marketing",
        "NEG ~2 want|wish ~2 to ~1 be ~1 CONTACTED",
        "NEG ~1 contact ~1 me ~2 again|anymore",
        neg=False,
    ),
    spec(
        "x.erasure.traces",
        "erasure",
        "DEL ~3 all|every ~1 TRACES",
        "ANON ~3 MY ~2 DATA|OBJ",
        "be ~1 GONE ~3 from ~2 your|the",
    ),
    spec(
        "x.objection.not_used",
        "objection",
        "NEG ~1 want ~4 DATA|OBJ|FIELD ~2 USEDV ~4 PROFILING",
        "stop ~1 using ~3 MY ~2 DATA|OBJ ~4 PROFILING",
        neg=False,
    ),
    spec(
        "x.direct_marketing.not_used",
        "direct_marketing",
        "NEG ~1 want ~4 DATA|OBJ|FIELD ~2 USEDV ~4 MKT",
        "stop ~1 using ~3 MY ~2 DATA|OBJ ~4 MKT",
        neg=False,
    ),
    # ---- privacy concern (Art. 5, 12-14): questions and worries about handling, no right exercised
    # "why does your checkout ask for my date of birth?": collection beyond the purpose (minimisation)
    spec(
        "x.privacy_concern.why_ask",
        "privacy_concern",
        "why ~4 PC_ASKV ~3 MY|a|the ~3 DATA|FIELD|PC_PERSONAL|OBJ",
        "what ~4 need|want ~2 that|this|it|them|MY ~3 for",
        need="FIELD|PC_PERSONAL|DATA",
        q=False,
    ),
    # "I'm worried your website keeps tracking my location": worry about observation, not a parcel
    spec("x.privacy_concern.worry_track", "privacy_concern", "WORRY ~8 PC_TRACK ~3 MY|me", alone=True),
    # "Is my card stored on your servers? That worries me.": the pronoun points back at the writer's data
    spec(
        "x.privacy_concern.that_worries",
        "privacy_concern",
        "that|this|it ~1 PC_WORRIES ~1 me",
        need="DATA|FIELD|PC_PERSONAL|OBJ",
        alone=True,
        q=False,
    ),
    # "who have you been sharing my details with?": recipients (Art. 15(1)(c)) asked with evident worry;
    # the corpus labels "who have you passed my details to?" access + privacy_concern (dev en-d006)
    spec("x.access.who_shared", "access", "who ~3 you ~3 PC_SHAREV ~2 MY ~2 DATA|FIELD|OBJ"),
    # only with unwanted contact in the message: a bare "who have you passed my details to?" is access alone
    spec(
        "x.privacy_concern.who_shared",
        "privacy_concern",
        "who ~3 you ~3 PC_SHAREV ~2 MY ~2 DATA|FIELD|OBJ",
        need="PC_UNWANTED",
        q=False,
    ),
    # "since the last update your app shares ...": an app update is a noun, not the writer correcting data
    spec("past_self.app_update", "past_self", "the|last|latest|recent|new|an ~1 update|upgrade|updates"),
    # "I don't think that's an acceptable way to handle guests' details": careless handling, no right
    spec(
        "x.privacy_concern.handle_way",
        "privacy_concern",
        "acceptable|appropriate|proper|right|safe ~1 way ~2 to ~1 handle|treat|store|keep ~3 DATA|FIELD|details",
        "how ~2 do|does ~1 you ~1 protect|secure|safeguard ~3 MY|this|that|the|customers ~2 DATA|FIELD|OBJ",
        alone=True,
        neg=False,
        q=False,
    ),
    *SHARED_RULES,
)
