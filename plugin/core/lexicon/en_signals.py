"""English escalation signals said without the keyword (LEGAL.md escalation codes), and the contexts
that cancel an escalation word: the writer's own profession, a physical leak, the writer's own hearing."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "en"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # staff who had the customer's number for the job and used it for themselves (unauthorised use = breach)
    "STAFF": "driver drivers courier* delivery_man deliveryman delivery_guy engineer technician* fitter installer "
    "rider employee* staff_member member_of_staff your_staff plumber electrician",
    "PRIVCH": "privately whatsapp whatsapped instagram facebook snapchat tiktok linkedin messenger dm dm_d "
    "his_own_phone her_own_phone personal_phone personal_number",
    "PRIVCUE": "privately private personal fancied drink date single dinner coffee asked_me_out go_out flirt* "
    "liked_my my_smile got_my_number get_my_number",
    # a message that reached the wrong customer
    "BREACH": "meant_for_another intended_for_another another_customer's another_customers another_client's",
    "SENSITIVE": "chemo chemotherapy oncolog* trade_union union_dues union_member union_membership union_rep",
    "LAWYER": "legal_adviser legal_advisor barrister* in_court see_you_in_court",
    "MEDIA": "followers youtube_channel",
    # a lawyer writing for a client is legal action even when they say what they do
    "CLIENT": "my_client my_clients on_behalf_of acting_for acting_on_behalf we_act we_represent i_represent "
    "instructed_by our_client",
    "IAM": "i'm im i_am",
    # water, a pipe or an appliance: a leak there is no data breach
    "PHYS": "water pipe pipes roof ceiling tap washing_machine dishwasher fridge freezer radiator boiler tyre tire "
    "oil gas hose plumbing shower toilet sink radiator kettle",
    "HEARING": "hearing court_date",
    # "before the month runs out": a deadline still ahead (judge._conditional_deadline)
    "DEADLINE": "deadline month period",
    "BEFORE": "before within",
}

RULES = (
    spec("s.data_breach.staff_private", "data_breach", "STAFF ~14 PRIVCH", need="PRIVCUE"),
    spec("s.repeated_request.since", "repeated_request", "weeks|months ~3 since ~3 I ~2 asked|wrote|emailed|requested"),
    # "I told you to delete it" (active): "I've been told by my lawyer to ..." is no earlier request
    spec("s.repeated_request.told_you", "repeated_request", "I ~1 told ~1 you|YOU ~8 to ~2 delete|remove|stop|send"),
    spec("s.third_party_data.for_them", "third_party_data", "writing|write ~3 for ~1 her|him|them", need="RELATIVE"),
    spec("profession.lawyer", "profession", "IAM ~2 LAWYER", "work ~1 as ~1 a|an ~1 LAWYER"),
    spec("physical.leak", "physical", "PHYS"),
    spec("own_hearing.court", "own_hearing", "MY|I ~3 HEARING"),
)
