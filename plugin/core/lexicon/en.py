"""English word classes and rules (see `plugin.core.rulematch` for the notation)."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "en"
SUFFIXES = ("", "e", "ed", "es", "s", "ing", "ion", "ions", "ation", "al")
FUZZY = (
    "SEND",
    "MSG",
    "DEL",
    "DATA",
    "ACCOUNT",
    "UNSUB",
    "MKT",
    "CONSENT",
    "WITHDRAW",
    "CORRECT",
    "PORT",
    "OBJECT",
    "INFO",
)

CLASSES = {
    # pronouns and function words
    "I": "i i'm im ive i_ve i_d id we",
    "ME": "me myself us",
    "MY": "my mine our me",
    "YOU": "you u ya your ur yours y'all",
    "HIM": "him her them his their hers",
    "NEG": "instead_of rather_than not never dont doesnt didnt cant cannot wont wouldnt shouldnt isnt arent havent "
    "hasnt nor "
    "don_t doesn_t didn_t can_t won_t wouldn_t shouldn_t isn_t aren_t haven_t hasn_t mustn_t",
    "PLEASE": "please pls plz kindly hereby",
    "WANT": "want wanna wnt wish like need needs demand request requesting require expect insist asking ask",
    "STILL": "still why",
    "HARD": "find figure manage managed able see seem work_out how where know sure understand",
    "ABOUT": "about on regarding concerning re of for from",
    "WHAT": "what wat which whatever",
    "EVERYTHING": "everything evrything everythin all anything the_lot whatever",
    "ALL": "all any every",
    # nouns
    "DATA": "data personal_data info infomation information informations details detail particulars pii "
    "record records file files dossier history",
    "INFO": "information infomation",
    "ACCOUNT": "account acount accounts profile acc login user_account",
    "FIELD": "name surname first_name last_name maiden_name email email_address e_mail address adress "
    "date_of_birth birthday birth dob phone phone_number mobile mobile_number number gender title spelling "
    "postcode nationality",
    "SYSTEM": "system systems database databases records files file register books crm servers",
    "MKT": "newsletter* marketing promo promos promotion* promotional advert* ad ads advertising offers "
    "deals targeted_advertising catalog* catalogue* brochure* leaflet* flyer* mailing mailings mailshot* spam "
    "sales_calls "
    "commercial cold_calls",
    "MSG": "email* e_mail* mail mails emails message messages text texts txt* sms call calls calling "
    "phone_calls notification* push letters",
    "LIST": "list lists mailing_list* mailinglist* call_list contact_list distribution_list",
    "CONSENT": "consent* permission* opt_in authorisation authorization",
    "ORDER": "order orders order_number delivery deliveries parcel package courier shipping shipment "
    "booking reservation cart basket item",
    "CONTRACT": "subscription* membership* contract* plan policy service direct_debit auto_renew* renewal booking",
    "INVOICE": "invoice* bill bills receipt* statement* payslip*",
    "PROFILING": "profiling profile_of_me market_research tracking tracker* track analytics analysing analyzing "
    "analysis "
    "personalised personalized personalisation personalization ai_training train research insight* "
    "behaviour behavior targeting",
    "HUMAN": "human humans person a_person real_person member_of_staff staff manually manual underwriter "
    "human_being employee someone_to_review",
    "AUTO": "automat* algorithm* computer machine instantly instant risk_score score scoring fraud_detection system",
    "DECISION": "decision decisions decided deciding refused refusal rejected rejection declined deactivated "
    "application",
    # verbs
    "DEL": "delete* delet erase* erasing remov* wipe* purge* destroy* scrub* get_rid_of expunge*",
    "FORGET": "forget forgotten",
    "TAKE": "take taking get",
    "STOP": "stop stopp* quit cease halt end",
    "SEND": "send* sent email* mail* call* text* txt* contact* spam* messag* ring* phone*",
    "RECEIVE": "receive* receiving get getting",
    "UNSUB": "unsubscrib* unsub opt_out optout opt_me_out",
    "OBJECT": "object objecting objection objections oppose",
    "WITHDRAW": "withdraw* revok* revoke retract* rescind*",
    "CORRECT": "correct correcting rectif* fix amend amending update updating change changing modify edit",
    "RECTIFY": "rectif* correct correcting amend*",
    "WRONG": "wrong incorrect* misspel* inaccurate outdated out_of_date mistake error mixed_up",
    "NEW": "new correct right actual current",
    "COPY": "copy copies overview summary extract printout report",
    "GIVE": "send give provide show email mail forward",
    "SEE": "see view know access check review",
    "HOLD": "hold holding held have has had store* stor kept keep* process* collect* gather* know "
    "save* retain* got use using",
    "EXPORT": "export* download* port",
    "PORT": "portability machine_readable machine-readable csv json xml gpx structured",
    "MOVE": "move moving switch* transfer* transmit* import* hand_over take",
    "PROVIDER": "provider supplier service company app platform bank elsewhere competitor",
    "USE": "use using used process processing share sharing shared",
    "KEEP": "keep kept archive* retain* hold preserve*",
    "SHARE": "share* pass* sell* sold disclos* give gave",
    "CAME": "came come obtain* obtained got get source",
    "WORRY": "worried worry concerned concern* uneasy",
    "AUTH_BODY": "constabulary crime_ref court_order warrant subpoena hmrc tax_authority "
    "council revenues law_enforcement prosecut* bailiff* enforcement_agent*",
    "SUBJECT_OTHER": "him her customer customers individual subscriber account_holder associated_with mr mrs ms",
    "PAYMENT": "card my_card payment_details card_details payment_card bank_details iban payment_method bank_account "
    "sort_code",
    "PUBLISHED": "review reviews comment comments post posts photo photos picture pictures listing listings",
    "DONE": "deleted removed erased wiped unsubscribed cancelled canceled closed uninstalled",
    "ACCESS_N": "subject_access* access_request data_access right_of_access dsar sar data_request information_request",
    "LAWYER": "lawyer* solicitor* attorney* legal_action legal_proceedings sue suing small_claims to_court in_court "
    "the_court court_action court_proceedings claims_court county_court "
    "litigation we_act_for our_client letter_before_action legal_steps tribunal barrister* legal_advice",
    "CHILD": "son daughter child children kid kids toddler baby stepson stepdaughter",
    "MINOR": "minor minors underage under_13 under_16 under_18 teenager",
    "SENSITIVE": "health medical medication* diagnos* illness disease heart_condition heart_rate diabet* "
    "depression mental_health due_date weight moods eating pregnan* disabilit* prescription* patient pharmac* therapy "
    "therapist injury injured "
    "hospital biometric* fingerprint* face_recognition facial_recognition dna genetic* religion religious ethnic* "
    "racial sexual_orientation sexuality gay lesbian hiv criminal_record* conviction* political_opinion* "
    "trade_union* sleep_data",
    "RELATIVE": "wife husband partner mother father mum mom dad brother sister friend neighbour neighbor parents "
    "grandmother grandfather employee tenant client",
    "BREACH": "leak* hacked hacker* breach data_breach compromised phishing someone_else's wasn't_mine "
    "isn't_mine wrong_person wrong_customer",
    "MEDIA": "journalist* reporter* newspaper* the_press to_the_press the_media request_for_comment tabloid* "
    "broadcaster*",
    "REPEAT": "reminder second_request still_waiting no_reply no_response no_answer heard_nothing not_heard "
    "nothing_has_happened nothing_happened chasing follow_up followup already_asked asked_before asked_previously "
    "more_than_a_month over_a_month",
    "B2B": "data_processing_agreement sub_processor* subprocessor* procurement vendor* due_diligence "
    "security_questionnaire vendor_questionnaire supplier_questionnaire "
    "our_customers our_clients our_erp api",
    "SPAM": "verify_your_account verify_now click_here will_be_suspended re_verify fine_of_up_to mailbox_storage "
    "limited_time seo backlinks crypto* bitcoin",
    "OOO": "out_of_office out_of_the_office automatic_reply auto_reply autoreply automatic_acknowledgement "
    "this_is_an_automatic away_from_the_office annual_leave limited_access_to_email",
    "HIS": "his her their hers",
    "MINE": "my me mine myself",
    "POSS": "my mine",
    "IF": "if unless",
    "NECESSARY": "necessary needed required",
    "CONSENTED": "said_yes agreed consented allowed ticked permission signed",
    "QGENERIC": "out_of_curiosity in_general generally hypothetically nothing_urgent how_it_works before_i_sign_up",
}

RULES = (
    # ---- access (Art. 15)
    spec(
        "access.what_hold", "access", "WHAT ~2 DATA ~5 HOLD ~3 ABOUT ME|MY|HIM", "WHAT ~3 HOLD ~2 ABOUT ME", weak=True
    ),
    spec("access.what_know", "access", "WHAT ~3 know|no ~2 ABOUT ME"),
    spec("access.data_you_hold", "access", "DATA ~4 YOU ~2 HOLD ~3 ABOUT|on ME|MY|HIM", weak=True),
    spec("access.copy", "access", "COPY of? ~3 DATA", "COPY of ~3 everything ~2 YOU"),
    spec("access.send_me", "access", "GIVE ~1 ME ~2 MY ~2 DATA", weak=True),
    spec("access.everything", "access", "GIVE|SEE|know|tell ~3 EVERYTHING|ALL ~3 YOU ~2 HOLD"),
    spec("access.see_what", "access", "SEE|know|tell|find_out ~3 WHAT ~6 ABOUT ME|him|her|MY"),
    spec("access.noun", "access", "ACCESS_N"),
    spec("access.access_data", "access", "access ~2 MY ~3 DATA", "access to ~3 DATA ~4 YOU ~1 HOLD"),
    spec(
        "access.recipients",
        "access",
        "who|whom ~4 SHARE ~3 DATA|details|number|me ~2 with|to?",
        "who ~3 YOU ~2 SHARE|SEND",
        "to ~1 whom ~3 SHARE|disclosed|passed|given|sold",
    ),
    spec("access.source", "access", "tell|know|explain ~4 where ~4 CAME|from"),
    spec("access.source_noun", "access", "tell|know|explain|inform|confirm ~4 source|sources|origin ~2 of ~3 DATA"),
    spec("access.retention", "access", "how_long ~4 KEEP|store|HOLD ~2 MY ~3 DATA"),
    spec("access.logic", "access", "know|explain|tell ~5 based_on", "know|explain|tell ~4 logic"),
    # ---- rectification (Art. 16)
    spec(
        "rectification.verb_field",
        "rectification",
        "CORRECT ~3 MY|the|YOU ~2 FIELD|DATA|record|file",
        "RECTIFY ~3 it|this|that|them|DATA|record|file|FIELD",
    ),
    spec(
        "rectification.field_wrong",
        "rectification",
        "FIELD ~4 WRONG",
        "WRONG ~2 FIELD",
        "FIELD ~3 spelled|spelt ~4 not",
        neg=False,
        need="CORRECT|RECTIFY",
    ),
    spec("rectification.fix_it", "rectification", "correct|update|fix|amend|change ~1 it|this|that|them ~1 please?"),
    spec(
        "rectification.new_value",
        "rectification",
        "MY ~1 NEW FIELD",
        "FIELD ~3 should ~1 be",
        "FIELD ~3 is|it's actually",
    ),
    spec("rectification.noun", "rectification", "rectification|right_to_rectification"),
    # ---- erasure (Art. 17)
    spec(
        "erasure.verb_obj",
        "erasure",
        "DEL ~4 DATA|ACCOUNT|EVERYTHING|FIELD|ME|photos|pictures|images",
        "wipe|delete|erase|clear ~2 everything|all|it",
    ),
    spec("erasure.passive", "erasure", "WANT|please|should|must ~4 DATA|ACCOUNT|FIELD|it ~4 DEL"),
    spec("erasure.from_system", "erasure", "DEL|TAKE ~4 off|from|out ~2 YOU? ~1 SYSTEM|server*|site|website"),
    spec("erasure.take_off", "erasure", "take|taking ~3 MY ~3 FIELD|DATA ~1 off|out"),
    spec("erasure.take_down", "erasure", "take ~2 them|it|photos|pictures|images ~1 down"),
    spec("erasure.forget", "erasure", "FORGET ~1 me|about_me", "right_to_be_forgotten|be_forgotten"),
    spec("erasure.noun", "erasure", "erasure|deletion|right_to_erasure"),
    # ---- restriction (Art. 18)
    spec(
        "restriction.verb",
        "restriction",
        "restrict*|limit*|freez*|block ~3 processing|DATA",
        "restriction ~2 of? ~2 processing",
        "processing ~3 restricted|limited|frozen",
    ),
    spec(
        "restriction.anything_else",
        "restriction",
        "stop|NEG ~1 USE ~3 DATA|it|them|that|note ~3 for ~1 anything|any ~2 else|other|purpose",
        "stop|NEG ~1 USE ~3 for ~1 anything",
        neg=False,
    ),
    spec(
        "restriction.until",
        "restriction",
        "stop|NEG ~1 USE|SHARE ~6 until|while|pending",
        "until ~8 NEG ~1 USE|SHARE",
        neg=False,
    ),
    spec("restriction.keep", "restriction", "KEEP ~2 it|them|DATA ~2 archived|stored|safe|frozen", "NEG ~1 DEL ~4 yet"),
    # ---- portability (Art. 20)
    spec("portability.format", "portability", "PORT"),
    spec("portability.export", "portability", "EXPORT ~2 ALL? MY|everything"),
    spec(
        "portability.import",
        "portability",
        "import ~2 elsewhere|into|to ~2 another|other|new|PROVIDER",
        "MOVE ~4 to|into ~2 another|other|new ~1 PROVIDER",
        "send|transmit|transfer ~3 straight|directly ~1 to",
        "hand ~2 over ~3 to ~2 new|other|another",
    ),
    # ---- objection (Art. 21(1))
    spec("objection.object", "objection", "I ~2 OBJECT", "objection|right_to_object"),
    spec("objection.profiling", "objection", "stop|NEG|switch|turn ~4 PROFILING", "opt_out ~3 PROFILING", neg=False),
    # ---- direct marketing (Art. 21(2))
    spec("direct_marketing.unsubscribe", "direct_marketing", "UNSUB", over="erasure"),
    spec(
        "direct_marketing.stop",
        "direct_marketing",
        "STOP ~4 MKT|MSG",
        "STOP ~2 SEND ~4 MKT|MSG",
        "STOP ~1 calling|texting|emailing|spamming|ringing|phoning|mailing|contacting ~1 me|us",
        "no_more ~2 MKT|MSG",
        neg=False,
    ),
    spec("direct_marketing.list", "direct_marketing", "TAKE|DEL ~3 off|from ~3 LIST|MKT", over="erasure"),
    spec(
        "direct_marketing.not_receive",
        "direct_marketing",
        "NEG ~3 RECEIVE ~4 MKT|MSG",
        "NEG ~1 want ~3 any ~1 more? MKT|MSG",
        "no_longer ~2 wish|want ~2 to? RECEIVE",
        neg=False,
    ),
    spec("direct_marketing.object", "direct_marketing", "OBJECT|WITHDRAW ~12 MKT", over="objection", neg=False),
    spec("direct_marketing.noun", "direct_marketing", "direct_marketing ~3 NEG?"),
    # ---- automated decision (Art. 22)
    spec(
        "automated_decision.human",
        "automated_decision",
        "HUMAN ~4 review*|look|reconsider*|check|assess*",
        "review*|look|reconsider*|check|assess* ~4 HUMAN|manually",
    ),
    spec("automated_decision.reconsider", "automated_decision", "DECISION ~2 reconsidered|reviewed ~3 by"),
    # ---- consent (Art. 7(3))
    spec(
        "withdraw_consent.verb",
        "withdraw_consent",
        "WITHDRAW ~4 CONSENT",
        "CONSENT ~3 withdrawn|revoked",
        "TAKE ~3 CONSENT ~2 back",
    ),
    spec("withdraw_consent.changed_mind", "withdraw_consent", "changed ~1 my ~1 mind", need="CONSENTED"),
    spec(
        "objection.disagree",
        "objection",
        "NEG ~1 agree ~4 USE|using ~3 DATA",
        "disagree ~4 USE|using ~3 DATA",
        neg=False,
    ),
    spec("direct_marketing.not_again", "direct_marketing", "NEG ~1 SEND ~1 me|us ~3 again|anymore|MKT", neg=False),
    spec(
        "privacy_concern.why_contact",
        "privacy_concern",
        "why ~3 YOU ~1 sending|contacting|calling|emailing|texting ~1 me",
    ),
    spec(
        "question_about.is_it_true", "question_about", "is_it_true|am_i_right", "I ~1 can|may ~1 ask|request|exercise"
    ),
    spec("withdraw_consent.no_longer", "withdraw_consent", "no_longer|NEG ~1 consent", neg=False),
    # ---- privacy concern (Art. 5, 12-14, 77)
    spec(
        "privacy_concern.how_got",
        "privacy_concern",
        "how|where ~2 YOU ~1 get|got|obtain*|find ~3 MY ~2 DATA|FIELD|details|number",
    ),
    spec(
        "privacy_concern.why_have",
        "privacy_concern",
        "why ~4 YOU? ~2 HOLD|need|want ~3 MY|it ~2 DATA|FIELD|contacts|address_book|it",
    ),
    spec("privacy_concern.never_gave", "privacy_concern", "never ~4 given|gave|provided|shared ~2 you ~2 MY"),
    spec("privacy_concern.sold", "privacy_concern", "sell|sold ~2 MY ~2 DATA|FIELD|details"),
    spec(
        "privacy_concern.worry",
        "privacy_concern",
        "WORRY ~6 DATA|privacy|FIELD",
        "what_happens ~3 to ~3 DATA|numbers|those|FIELD",
        alone=True,
    ),
    spec("access.see_mine", "access", "see|view|access|check ~2 MY ~2 DATA"),
    spec(
        "direct_marketing.not_used",
        "direct_marketing",
        "NEG ~2 want ~4 DATA ~3 used|processed ~3 for ~3 MKT",
        neg=False,
    ),
    spec("objection.not_used", "objection", "NEG ~2 want ~4 DATA ~3 used|processed ~3 for ~3 PROFILING", neg=False),
    spec("withdraw_consent.remove", "withdraw_consent", "remov* ~2 MY ~1 CONSENT"),
    spec("erasure.published", "erasure", "DEL ~3 PUBLISHED"),
    spec("rectification.noun_field", "rectification", "correction|rectification|amendment ~2 of ~2 MY ~1 FIELD|DATA"),
    # ---- escalations
    spec("legal_action.lawyer", "legal_action", "LAWYER"),
    spec("child_data.child", "child_data", "MY ~1 CHILD", "MINOR", "@NUM year ~1 old ~1 CHILD?"),
    spec("special_category.sensitive", "special_category", "SENSITIVE"),
    spec("third_party_data.relative", "third_party_data", "MY ~1 RELATIVE", need="HIS"),
    spec(
        "third_party_data.behalf",
        "third_party_data",
        "on_behalf_of|for ~1 MY ~1 RELATIVE",
        "late ~1 RELATIVE",
        "passed_away|deceased",
    ),
    spec(
        "data_breach.leak",
        "data_breach",
        "BREACH",
        "someone|somebody ~2 logged|got|broke ~1 into ~1 MY",
        "sent ~3 to ~2 wrong",
    ),
    spec(
        "authority_request.police",
        "authority_request",
        "AUTH_BODY",
        "investigating ~3 allegation|fraud|offence|crime|theft|case",
    ),
    spec("data_breach.stolen", "data_breach", "DATA|details|identity|FIELD ~4 stolen"),
    spec("access.exposed", "access", "WHAT ~4 DATA ~3 exposed|affected|stolen|leaked|compromised|accessed"),
    spec("direct_marketing.spamming", "direct_marketing", "spamming|bombarding ~1 me|us"),
    spec(
        "direct_marketing.make_stop",
        "direct_marketing",
        "make ~1 it|them|this ~1 stop",
        "want ~1 it|this|them ~2 stop",
        need="MKT",
        neg=False,
    ),
    spec("direct_marketing.no_consent", "direct_marketing", "NEG ~1 consent ~8 MKT", neg=False),
    spec("authority_request.police_en", "authority_request", "police", native=True),
    spec("portability.portable", "portability", "portable ~2 format|form|file", native=True),
    spec("media.journalist", "media", "MEDIA"),
    spec(
        "repeated_request.again",
        "repeated_request",
        "REPEAT",
        "I ~1 asked|requested|wrote|emailed ~8 on|before|already|previously|ago|weeks|last",
        "I ~1 already ~1 asked|requested|wrote",
        "past|passed|expired|over ~3 deadline",
        "deadline ~2 passed|expired",
    ),
    # ---- hard negatives
    spec("cancellation.unsubscribe_plan", "cancellation", "unsubscribe|unsubscribing ~3 from ~3 CONTRACT"),
    spec(
        "cancellation.contract",
        "cancellation",
        "cancel* ~3 CONTRACT",
        "close|closing ~2 MY? ~1 ACCOUNT",
        "terminate ~3 CONTRACT",
    ),
    spec(
        "account_access.login",
        "account_access",
        "NEG ~3 log|login|logon|sign_in|access|get_into ~3 ACCOUNT?",
        "password*|locked_out|reset",
        neg=False,
    ),
    spec(
        "order_change.order",
        "order_change",
        "ORDER ~1 @NUM|number|no|nr|ref",
        "from|for|of|on|in ~2 ORDER",
        "delivery_address|shipping_address|delivery_date|my_cart|my_basket",
    ),
    spec("invoice.copy", "invoice", "INVOICE"),
    spec("b2b.dpa", "b2b", "B2B"),
    spec("spam.phishing", "spam", "SPAM"),
    spec("auto_reply.ooo", "auto_reply", "OOO"),
    spec("payment_change.payment", "payment_change", "PAYMENT"),
    # ---- modifiers
    spec(
        "question_about.can_i",
        "question_about",
        "can|may|could|do ~1 I ~1 ask|request|exercise|apply",
        "how ~2 do|can|would|should|does ~1 I|one|customers|someone|it",
        "do|does ~1 YOU ~1 give|let|allow|provide ~3 customers|people|users",
        "do|am ~1 I ~1 have_the_right|entitled|allowed",
    ),
    spec("question_general.curious", "question_general", "just ~1 curious|wondering", "QGENERIC"),
    spec("hypothetical.if_i", "hypothetical", "if|when|once|whether ~1 I"),
    spec("past_self.done", "past_self", "I have|ve|had|already already? DONE", "I DONE"),
    spec(
        "past_self.thanks",
        "past_self",
        "thank* ~1 you? ~1 for ~1 DEL|UNSUB|CORRECT|deleting|removing|erasing|correcting|updating",
    ),
    spec(
        "please.marker",
        "please",
        "PLEASE",
        "I want|demand|request|wnt|insist",
        "I ~1 hereby|really|do ~1 want|demand|request|insist",
        "I_d_like|I_would_like|i'd_like",
    ),
    spec(
        "replacement.value",
        "replacement",
        "NEW FIELD",
        "should ~1 be",
        "is|it's ~1 actually",
        "instead_of",
        "replace*",
        "FIELD ~3 to ~1 @EMAIL|@NUM",
        "not ~1 @NUM",
    ),
    spec(
        "keep.keep", "keep", "KEEP ~3 it|them|DATA|archived", "NEG ~3 DEL", "need ~2 them|it ~2 for|to ~2 prove|claim"
    ),
    spec("stop_use.stop", "stop_use", "stop ~1 USE|collecting ~3 DATA|it|location|them"),
)
