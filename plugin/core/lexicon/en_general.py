"""English general rules (see `plugin.core.lexicon`): broad concept classes, generic request shapes."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "en"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # Things of the writer's that a request can be about (merged with DATA/ACCOUNT/FIELD in rules).
    "OBJ": "cv cvs resume resumes passport* scan scans scanned copy copies id id_card identity_card id_document* "
    "driving_licence driving_license drivers_license driver's_license licence recording recordings voice_recording* "
    "audio footage cctv video videos clip clips photo* picture* pic pics image* selfie* history histories log logs "
    "location* gps searches search_history browsing* viewing_history review reviews comment comments post posts "
    "document* paperwork file files record records note notes profile* account* biometric* fingerprint* face_scan "
    "album* playlist* contacts address_book transcript* chat_history chats chat messages conversation* listing* "
    "application* applications entries entry membership loyalty_card details data info information stuff everything "
    "swipes badge_swipes loans borrowing* purchases purchase_history trip_data trips rides journeys telematics "
    "uploads upload* content testimonial* answers questionnaire*",
    "PRON": "it them those these that this",
    "DEL": "shred* bin trash* dispose* scrap* ditch* nuke delet clear",
    "GONE": "gone deleted removed erased wiped destroyed purged shredded binned",
    "VANISH": "vanish* disappear*",
    "KEEP_V": "keep keeping retain retaining store storing hold holding hang_on_to hang_onto hang_on save saving",
    "MKT": "adverts advert ads ad advertising promotional promos promo promotions sales_call* cold_call* "
    "marketing_call* marketing_email* marketing_text* junk_mail junk circular* mailshot* special_offers discount* "
    "coupon* voucher* sales_pitch* telemarketing offers deals newsletters flyer* leaflet* catalogue* catalog* "
    "brochure*",
    "LIST": "calling_list* call_list* mailing_lists mailing_list* marketing_list* contact_lists",
    "SERVICE": "engineer visit appointment delivery repair installation technician booking parcel bill payment "
    "meter_reading survey_about claim",
    "PROFILING": "analys* analyz* profiled profiling profile_me monitor* tracked tracking track surveil* predict* "
    "segment* ai_model* your_ai artificial_intelligence models machine_learning training sentiment* analytics rated "
    "rating scoring research research_programme studies classif* categoris* categoriz* shadow_profile* inferred "
    "inference*",
    "FMT": "format formats file files spreadsheet excel archive zip download export csv json xml",
    "STRUCT": "excel excel_file spreadsheet xlsx csv json xml",
    "OTHER": "other another new different",
    "PROV2": "provider service app platform company bank supplier tool site website competitor insurer operator "
    "network blog",
    "PERMIT": "permission consent approval authorisation authorization",
    "CONSENT_LIKE": "consent permission ok okay agreement approval go_ahead yes authorisation authorization",
    "CANCELLED": "cancelled canceled undone void withdrawn revoked retracted null invalid",
    "CONSENTED": "allowed agreed accepted ticked said_yes gave_permission opted_in accept_all signed_the_form",
    "HUMAN": "handler claims_handler real_person actual_person a_human agent adviser advisor officer manager "
    "human_being",
    "REVIEW": "review* reconsider* re_examine* reexamin* look_at look_again go_through check* assess* reassess* "
    "override overturn reverse re_evaluate revisit read_my",
    "AUTO": "bot software online_system automated automatically ai algorithm* the_system your_system",
    "DECISION": "banned ban cut slashed reduced rejected refused denied declined blocked suspended flagged closed "
    "terminated",
    "WRONG": "typo typos misspelled misspelt spelt_wrong not_right isn't_right wrongly off_by",
    "FIELD": "middle_name middle_names initials maiden_name job_title employer income salary occupation "
    "employment_dates dates date marital_status pronouns accent",
    "WORRY": "safety security uneasy nervous uncomfortable scared alarmed creepy unsettling anxious disturbing "
    "worried concerned",
    "LAWFUL": "legal lawful allowed permitted normal compliant gdpr_compliant ok okay",
    "SHARE_V": "disclosed shared passed passed_on sent gave given provided handed transmitted sold forwarded received",
    "FIRMS": "compan* firm* organisation* organization* parties third_parties recipients partners",
    "BREACH": "security_incident cyber_attack cyberattack your_hack the_hack was_hacked data_leak everyone_in_copy "
    "cc_d all_addresses_visible",
    "B2B": "companies_like_yours book_a_demo a_demo free_trial our_platform our_solution our_software "
    "we_help_companies partnership_opportunity",
    # ---- escalation vocabulary (merged with the base classes)
    "SENSITIVE": "physio physiotherap* dental dentist* orthodont* "  # care that reveals a condition
    "dementia alzheimer* parkinson* autism autistic adhd dyslexi* bipolar schizophren* ptsd "
    "eating_disorder anorexi* bulimi* disabled blind deaf mental_illness doctor doctors gp hospital* clinic* cancer "
    "tumour tumor asthma epilep* allerg* blood_test* blood_pressure blood_type ivf fertility miscarriage abortion "
    "anxiety panic_attack* counsel* psychiatr* psycholog* wheelchair surgery operation_on hiv aids std sti covid "
    "vaccin* mosque church synagogue temple muslim islamic jewish christian catholic hindu sikh buddhist halal "
    "kosher bisexual lgbt* transgender sex_life union_member* trade_union political_party party_membership "
    "iris_scan face_id facial_scan voiceprint voice_print biometrics fingerprints retina arrest* prison "
    "criminal_conviction* police_record rehab addiction alcoholism menstrua* period_tracker cycle_tracking "
    "ovulation symptom* sick_note sick_leave",
    "MINOR": "school nursery kindergarten school_newsletter teenage teenager* aged_12 aged_13 aged_14 aged_15 "
    "aged_16 aged_17 pupil pupils schoolboy schoolgirl my_kid my_boy my_girl parental_consent guardian",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "lawyers legal_team legal_counsel legal_representative legal_aid sue_you suing_you take_you_to_court "
    "court_case small_claims_court legal_claim compensation_claim claim_for_compensation claim_damages",
    "MEDIA": "newspaper news_desk consumer_programme watchdog_programme go_public going_public publish_this "
    "social_media_post followers influencer",
    "REPEAT": "received_nothing days_later weeks_later asked_twice twice_already asked_three_times asked_again "
    "again_and_again yet_again still_nothing still_no_reply still_no_answer still_haven't no_one_replied "
    "nobody_replied nobody_answered ignoring_me earlier_request previous_request my_last_email my_previous_email",
    "ADULT": "18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 "
    "52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 "
    "89 90 91 92 93 94 95 96 97 98 99",
    "AUTH_BODY": "dvla jobcentre council_tax",
    "HUMAN2": "human humans person a_person real_person actual_person someone somebody staff member_of_staff "
    "employee adviser advisor agent handler underwriter manager officer specialist caseworker team_member "
    "human_being people",
    "REVIEW2": "review reviewed reviews reconsider reconsidered reconsideration re_examine reexamine reassess "
    "reassessed look_at looked_at look_again go_through check checked assess assessed override overturn reverse "
    "revisit decide decided appeal appealed contest contested evaluate evaluated look_at_this look_at_it",
    "AUTO2": "automated automatic automatically algorithm algorithmic computer system software ai bot machine "
    "instantly instant seconds minutes online_check credit_check scoring score model app platform online website "
    "online_form immediately right_away within_seconds within_a_minute your_app the_app",
    "DECISION2": "rejected declined refused denied turned_down blocked suspended banned deactivated closed "
    "cancelled not_approved ineligible not_eligible said_no lowered reduced cut flagged decision outcome result "
    "application premium surcharge",
    "INTERVENE": "human_intervention manual_review human_review manually_reviewed human_check not_a_computer "
    "not_a_machine not_by_software by_hand manual_check human_look",
    "CONTEST": "contest challenge dispute appeal appealing contesting challenging",
    "PORT": "standard_format common_format open_format usable_format",
    "COOKIE": "cookie*",
    "STRUCT2": "excel* xlsx spreadsheet* csv",
    "TAKEWITH": "take_with_me take_them_with_me bring_with_me",
}

RULES = (
    spec(
        "g.portability.as_file",
        "portability",
        "as|in ~3 STRUCT2",
        "TAKEWITH ~6 DATA|OBJ",
        "DATA|OBJ ~6 TAKEWITH",
        "directly|straight ~2 to ~1 them|the_new_one",
        weak=True,
    ),
    spec("g.rectification.should_be", "rectification", "it|that ~1 should ~1 be ~2 @NUM", need="FIELD"),
    spec("g.withdraw_consent.it", "withdraw_consent", "WITHDRAW ~2 it|that|this", need="CONSENT|CONSENTED"),
    spec(
        "g.erasure.to_be_deleted",
        "erasure",
        "OBJ ~1 to ~1 be ~1 GONE",
        "asked|asking|requested ~6 OBJ ~8 GONE",
    ),
    spec(
        "g.automated_decision.intervene",
        "automated_decision",
        "INTERVENE",
        "HUMAN2|HUMAN ~8 REVIEW2",
        "REVIEW2 ~6 HUMAN2|HUMAN",
        "CONTEST ~4 DECISION2|DECISION",
        need="AUTO2|AUTO&DECISION2|DECISION",
        neg=False,
    ),
    # ---- the writer's data object, antecedent of pronoun objects ("copies of my passport ... shred them")
    spec("my_object.mine", "my_object", "MINE|HIS|her|our ~3 OBJ|FIELD|DATA|ACCOUNT", "OBJ ~3 of ~1 mine|me"),
    # ---- access
    spec("g.access.see_all", "access", "like|want|wish ~3 see|view|get|have ~3 whatever|everything|all ~2 there|held"),
    spec("g.access.copy_mine", "access", "copy|copies|printout|extract ~2 of ~1 MY ~3 OBJ ~1 and?"),
    spec(
        "g.access.what_disclosed",
        "access",
        "know|tell|explain|see|list ~3 what|which ~6 you ~2 SHARE_V",
        "list ~3 of ~2 every|all|the ~1 FIRMS ~4 SHARE_V",
        "which ~1 FIRMS ~4 you ~2 SHARE_V ~3 MY",
    ),
    spec("g.access.retention", "access", "how_long ~8 KEEP_V ~3 PRON|MY|OBJ", need="OBJ"),
    spec("g.access.still_held", "access", "is|are ~2 MY|PRON ~3 still ~2 in|on ~2 your ~1 SYSTEM|database|files"),
    spec("g.access.law_subject", "access", "gdpr|dsar|sar ~2 access"),
    spec("g.access.what_taken", "access", "what|which ~3 of ~1 mine|MY ~3 taken|stolen|exposed|leaked|accessed"),
    # ---- rectification
    spec("g.rectification.changed_to", "rectification", "be|been|get ~1 CORRECT|changed|corrected|updated ~1 to"),
    spec("g.rectification.should_read", "rectification", "FIELD ~6 should|must ~1 read|say|show|state"),
    spec("g.rectification.object", "rectification", "CORRECT ~3 MY|HIS|the|PRON ~2 FIELD|OBJ"),
    spec("g.rectification.to_value", "rectification", "CORRECT ~4 to ~2 @NUM|@EMAIL", need="FIELD"),
    spec("g.rectification.add", "rectification", "add ~4 as|to ~1 MY ~2 FIELD", "add ~2 MY ~1 FIELD"),
    spec(
        "g.rectification.can_fix", "rectification", "can|could|pls|please ~1 u|you ~1 fix|correct|amend", need="WRONG"
    ),
    spec("g.rectification.sort_out", "rectification", "sort ~2 PRON ~1 out", "put ~2 PRON ~1 right", need="FIELD"),
    # ---- erasure
    spec("g.erasure.object", "erasure", "DEL ~4 OBJ"),
    spec("g.erasure.pronoun", "erasure", "DEL ~1 PRON|all|everything", anaphor=True),
    spec("g.erasure.gone", "erasure", "want|need|like ~6 OBJ ~8 GONE", "OBJ GONE", "want ~2 PRON ~1 GONE"),
    spec(
        "g.erasure.from",
        "erasure",
        "drop|remove|delete|erase|take|get|wipe|scrub|strike ~2 me|us ~3 from|off|out_of ~3 SYSTEM|database|records",
    ),
    spec(
        "g.erasure.take_down",
        "erasure",
        "take ~3 OBJ|PRON ~1 down|off",
        "taken ~1 off|down|out ~3 every|your|all",
        weak=True,
    ),
    spec("g.erasure.vanish", "erasure", "VANISH ~3 from ~3 MY|your ~2 OBJ|SYSTEM", "OBJ ~4 VANISH"),
    spec(
        "g.erasure.dont_keep",
        "erasure",
        "NEG ~1 want|like ~3 you ~2 to ~1 KEEP_V ~4 OBJ|PRON",
        "stop ~1 keeping|storing|holding|retaining ~3 OBJ|MY",
        neg=False,
    ),
    # ---- restriction
    spec(
        "g.restriction.hold", "restriction", "put ~6 on_hold|on_ice", "freeze|suspend ~3 MY ~2 DATA|OBJ|use|processing"
    ),
    spec(
        "g.restriction.keep_but",
        "restriction",
        "NEG ~1 DEL ~10 but ~6 NEG|stop ~2 USE|SEND|SHARE|showing|passing|forwarding|reporting|report",
        "KEEP ~10 but|however ~4 NEG|stop ~2 USE ~8 anything|else|other",
        neg=False,
    ),
    spec(
        "g.restriction.until",
        "restriction",
        "until|while|pending ~10 NEG|stop ~2 USE|SEND|SHARE|report|pass|using|sending|sharing|passing|reporting",
        "NEG ~1 USE ~10 anything ~1 else",
        neg=False,
    ),
    # ---- portability
    spec("g.portability.format_other", "portability", "FMT ~8 OTHER ~2 PROV2|one", weak=True),
    spec("g.portability.package", "portability", "package|bundle|export ~4 MY|all ~4 OBJ"),
    spec("g.portability.direct", "portability", "directly|straight ~1 to ~2 MY? ~1 OTHER ~3 PROV2"),
    spec("g.portability.structured", "portability", "GIVE|have|get|want|send|export|download ~6 STRUCT"),
    spec("g.portability.back_as_files", "portability", "back ~3 as|in ~1 a? ~1 FMT"),
    # ---- objection
    spec("g.objection.not_want", "objection", "NEG ~1 want|like|agree|accept ~6 PROFILING", neg=False),
    spec(
        "g.objection.left_out",
        "objection",
        "left_out|leave_me_out|count_me_out|exclude_me|no_part|take_me_out|opt_me_out",
        need="PROFILING",
    ),
    spec("g.objection.not_feed", "objection", "NEG|stop ~1 feed*|put*|run*|includ*|add* ~6 PROFILING", neg=False),
    spec(
        "g.objection.stop_processing",
        "objection",
        "stop ~1 running|processing|scanning|analysing|analyzing|tracking|monitoring|profiling|rating|scoring ~3 MY|me",
        neg=False,
    ),
    # ---- direct marketing
    spec("g.direct_marketing.stop_them", "direct_marketing", "STOP ~1 PRON|these|them", need="MKT", neg=False),
    spec("g.direct_marketing.like_stop", "direct_marketing", "like|want|need ~1 PRON ~2 to? ~1 stop|end", need="MKT"),
    spec(
        "g.direct_marketing.dont_want",
        "direct_marketing",
        "NEG ~1 want|need ~3 MKT ~2 anymore|again|more?",
        "NEG ~1 want|need ~3 these|those|your ~1 calls|texts|emails ~2 anymore",
        "NEG ~1 SEND ~2 ME|HIM|her|them ~4 MKT|any_more|anymore|again",
        "NEG ~1 want ~4 DATA|FIELD|OBJ ~2 used ~4 MKT|advertis*|target*",
        neg=False,
    ),
    spec("g.direct_marketing.off_lists", "direct_marketing", "TAKE|DEL|remove ~3 off|from ~5 LIST|MKT", over="erasure"),
    spec(
        "service_contact.about",
        "service_contact",
        "calling|texting|emailing|ringing|messaging ~2 me|us ~2 about ~3 SERVICE",
    ),
    # ---- automated decision
    spec(
        "g.automated_decision.human",
        "automated_decision",
        "REVIEW ~3 by ~3 HUMAN",
        "HUMAN ~4 REVIEW",
        "reviewed|looked_at|reconsidered ~2 by ~1 someone|somebody|HUMAN",
        need="AUTO|DECISION",
    ),
    # ---- consent
    spec(
        "g.withdraw_consent.undone",
        "withdraw_consent",
        "consider|treat ~3 CONSENT_LIKE|that|it|this ~2 as? ~1 CANCELLED",
        "take ~1 back ~4 CONSENT_LIKE",
        "WITHDRAW|cancel|revoke|take_back ~3 that|my|the ~1 CONSENT_LIKE",
        need="CONSENT|CONSENTED|CONSENT_LIKE",
        over="objection",
    ),
    spec(
        "g.withdraw_consent.no_longer",
        "withdraw_consent",
        "no_longer ~1 give|grant ~2 PERMIT",
        "NEG ~1 longer ~1 consent|agree",
        neg=False,
    ),
    # ---- privacy concern
    spec("g.privacy_concern.legal", "privacy_concern", "is|was ~2 that|this|it ~1 even? ~1 LAWFUL", need="OBJ|FIELD"),
    spec(
        "g.privacy_concern.unknowing",
        "privacy_concern",
        "without ~1 me|my ~1 knowing|knowledge|being_asked",
        alone=True,
    ),
    spec("g.privacy_concern.uneasy", "privacy_concern", "makes|made ~1 me ~2 WORRY", alone=True),
    spec("g.privacy_concern.who_sees", "privacy_concern", "who ~4 can|could ~2 see|read|access|view ~3 PRON|MY|OBJ"),
    spec(
        "g.privacy_concern.how_got", "privacy_concern", "how|where ~2 YOU ~1 get|got|obtain* ~3 HIS|her ~2 DATA|FIELD"
    ),
    spec("b2b.vendor", "b2b", "B2B"),
    # ---- escalations
    spec("third_party_data.adult_child", "third_party_data", "CHILD ~3 ADULT ~1 year|years|yr?"),
    spec(
        "g.repeated_request.asked",
        "repeated_request",
        "I ~1 asked|requested ~8 to ~2 delete|remove|be|have|stop|unsubscribe|correct|send|close",
        "I ~1 sent|made|submitted|filed ~2 MY|a|an ~2 request",
    ),
    spec("g.data_breach.posted", "data_breach", "screenshot ~8 MY ~3 details|DATA|FIELD|booking"),
    spec(
        "g.privacy_concern.never_agreed",
        "privacy_concern",
        "never ~2 agreed|consented ~2 to ~1 that|this|it",
        alone=True,
    ),
    spec("child_data.age", "child_data", "CHILD ~2 AGE", "AGE ~1 year|years|yr ~1 old|olds", native=True),
    # "Where do I change my address in the app?": a how-to question about the interface, not a request.
    spec("ui_help.where", "ui_help", "where ~1 do|can|does ~1 i|you|one ~3 change|update|edit|delete|remove"),
    # Tracking / delivery texts are service messages: turning them off is neither marketing nor profiling.
    spec(
        "service_contact.delivery_notice",
        "service_contact",
        "tracking|delivery|shipping|dispatch ~1 texts|text|sms|notifications|alerts|updates|emails",
    ),
    # "I want to know who received my details": the recipients of the writer's data (Art. 15(1)(c)).
    spec("g.access.who_received", "access", "know|tell|find_out ~3 who ~4 received|seen|got|accessed ~3 my"),
)
