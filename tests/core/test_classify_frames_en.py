"""Table-driven probes of the semantic frames (`plugin.core.lexicon.<lang>_frames`): English, and the
escalation frames in six languages.

One probe per row of `TABLE`: `language|rights|escalations|text` -- rights comma-separated (empty: not
a request), escalations comma-separated or `-` (not checked), text as `subject // body` or body only;
an indented line continues the text of the row above. Sentences written for these tests, one or more
per frame: information about oneself, wanting something gone, a new value, use stopped but kept, a
copy to take along, not agreeing with a use, no marketing, a person to re-decide, permission taken
back, a worry; plus hard negatives that must stay quiet.
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

TABLE = """
en|access|-|I'd like an overview of everything you have on file about me.
en|access|-|Could you give me a summary of the personal information you keep on me?
en|access|-|I would appreciate a list of all the data you hold about me and what you use it for.
en|access|-|What exactly do you have stored under my name?
en|access|-|Please let me know what information you have about me.
en|access|-|I want to find out what data your company has collected on me over the years.
en|access|-|Send me everything you've got on me, please.
en|access|-|I'm curious what's in my customer file - can you send it to me?
en|access|-|Can I have a printout of my personal data?
en|access|-|I'd appreciate it if you could tell me which of my details you have and who you've shared them with.
en|access|-|Who have you passed my details on to? I want the names of those companies.
en|access|-|Request for a copy of my personal data // Hello, please provide a copy of the personal data you process
    about me.
en|erasure|-|I don't want my data to stay on your servers any longer.
en|erasure|-|I'd like all my details wiped from your systems.
en|erasure|-|Please get rid of everything you have about me.
en|erasure|-|I would like my account closed and every bit of my data deleted.
en|erasure|-|There's no reason for you to hold on to my information any more, please delete it.
en|erasure|-|I'd appreciate it if you removed my profile and all associated data.
en|erasure|-|Request for deletion of my personal data.
en|erasure|-|I don't want you to keep my CV on file.
en|erasure|-|Make sure none of my personal data remains in your database.
en|rectification|-|My surname is spelled wrong in your records, it should be Whitfield with an h.
en|rectification|-|You have my date of birth down as 1987 but I was born in 1978, please update it.
en|rectification|-|Please change the phone number on my profile to 07700 900123.
en|rectification|-|My email address on file is outdated; the correct one is anna.b@example.com.
en|rectification|-|I got married, so my last name is now Carter instead of Hughes. Can you update my details?
en|restriction|-|While you look into my complaint, please don't use my data for anything.
en|restriction|-|Please keep my data but don't process it any further until the dispute is settled.
en|restriction|-|I need you to keep the records because of my court case, but stop using them otherwise.
en|restriction|-|Don't delete my data yet, I need it for a legal claim, but please restrict any further use.
en|portability|-|I'd like to receive my data in a machine-readable format so I can take it to another provider.
en|portability|-|Can you export my transaction history as a CSV so I can import it elsewhere?
en|portability|-|Please send my data directly to my new energy supplier.
en|objection|-|I object to you profiling me based on my purchases.
en|objection|-|I don't agree with my data being used for your research project.
en|objection|-|Please stop tracking my location in the app.
en|objection|-|I don't want my browsing behaviour analysed for personalised recommendations.
en|objection|-|I do not want my information to be used for profiling.
en|direct_marketing|-|Take me off your mailing list please.
en|direct_marketing|-|I don't want to get any more promotional emails from you.
en|direct_marketing|-|Stop sending me newsletters.
en|direct_marketing|-|Please stop phoning me with special offers.
en|direct_marketing|-|I'd like to unsubscribe from your marketing texts.
en|direct_marketing|-|No more adverts by post, thank you.
en|automated_decision|-|My loan application was rejected automatically. I want a human to look at it again.
en|automated_decision|-|Your system blocked my account without any person checking. Please have someone review it.
en|automated_decision|-|The credit score your algorithm gave me is wrong; I ask that a member of staff reassess my
    case.
en|automated_decision|-|I was turned down by a computer in seconds. I'd like a real person to reconsider the
    decision.
en|automated_decision|-|I want to contest the automated decision and have it reviewed manually.
en|withdraw_consent|-|I withdraw my consent for you to use my photos.
en|withdraw_consent|-|I no longer consent to the processing of my data.
en|withdraw_consent|-|I'm taking back the permission I gave you to share my details with partners.
en|withdraw_consent|-|When I signed up I agreed to you using my data for research, but I've changed my mind.
en|withdraw_consent|-|Please consider my consent revoked.
en|privacy_concern|-|I'm worried about how you handle my personal data.
en|privacy_concern|-|How did you get my phone number? I never gave it to you.
en|privacy_concern|-|Is my data safe with you after the news about the hack?
en|privacy_concern|-|I'm concerned that my information might be shared without my knowledge.
en|privacy_concern|-|Why do you need my date of birth to sell me a sandwich?
en||-|I want to cancel my subscription.
en||-|I can't access my account, please reset my password.
en||-|Please correct the delivery address on order 12345.
en||-|Could you send me a copy of my last invoice?
en||-|Can I ask you to delete my data at some point, or is that not possible?
en||-|Where can I change my delivery preferences in the app?
en||-|My daughter loves your products, thank you!
en||-|Please remove the item from my basket.
en||-|Thanks for the quick reply, everything is sorted now.
en|access|-|Loyalty scheme // I've collected points with you for about six years. Before I decide whether to stay,
    I'd like to understand what you've built up about me in that time - shopping habits, anything you infer, all of
    it.
en|access|-|Question about my file // Hello, my insurance broker mentioned that you keep notes on every call. I
    would like to see those notes and anything else attached to my policy.
en|access|-|Hi, can you let me have whatever personal information is held on me by your clinic? I'm changing GP.
en|access|-|Subject access // I'm making a subject access request. Please include recordings of my calls.
en|access|-|I'd like to know which of my details were passed to the debt collection agency and when.
en|access|-|Could you please send me all the information your company has relating to me, including where you
    obtained it?
en|access|-|please tell me what's stored about me, thx
en|erasure|-|Leaving // I'm not using the app any more. Please close my account and don't keep any of my
    information.
en|erasure|-|I applied for a job with you last year and didn't get it. There's no need to keep my application, I'd
    like it deleted.
en|erasure|-|I want to be forgotten by your company. Completely.
en|erasure|-|Please erase my old posts from the forum, they are linked to my real name.
en|erasure|-|Could you remove my phone number from your records? I don't want you to have it at all.
en|rectification|-|Wrong name on my account // Your letters are addressed to Mr Jon Smyth. My name is John Smith.
    Please correct this in your system.
en|rectification|-|My address changed in March: it's now 22 Rose Street, Bristol BS1 4ED. Your records still show
    the old one.
en|rectification|-|Hi, the date of birth on my membership is 1990-05-04, it should be 1990-04-05. Thanks.
en|restriction|-|I've disputed the debt you registered against me. Until this has been resolved please do not share
    my details with credit agencies.
en|restriction|-|Please put a hold on any processing of my data while my complaint is investigated.
en|objection|-|I noticed you're using my purchase history to personalise ads. I'm not OK with that - please stop.
en|objection|-|Please exclude my data from your research studies.
en|direct_marketing|-|I keep getting texts about your summer sale. I never asked for them. Stop.
en|direct_marketing|-|Remove me from your marketing list and stop calling my mobile.
en|direct_marketing|-|I'd rather not receive any promotional material from you in future.
en|automated_decision|-|My application for a credit card was rejected within a minute. I'd like someone to actually
    look at my circumstances instead of a computer.
en|automated_decision|-|Your fraud system flagged my payment and froze my account. I want a human being to review
    this decision.
en|automated_decision|-|The insurance quote was generated automatically and is absurdly high. I'd like it reviewed
    by an underwriter.
en|automated_decision|-|I was rejected by your automated screening. Can a recruiter please look at my CV personally?
en|withdraw_consent|-|I agreed to let you use my photo in your brochure, but I'd now like to withdraw that
    agreement.
en|withdraw_consent|-|Please note I'm no longer giving permission for my data to be shared with your partners.
en|withdraw_consent|-|I ticked the box for research use when I registered. Please untick it, I don't want to
    participate any more.
en|privacy_concern|-|I got a letter from a company I've never heard of, and they said they got my details from you.
    Is that allowed?
en|privacy_concern|-|Your staff discussed my account loudly in the shop where others could hear. That's not how
    personal information should be handled.
en|privacy_concern|-|I'm uncomfortable that your app asks for access to my contacts and location.
en|privacy_concern|-|Do you sell customer data to third parties? I'd like to know before I sign up.
en|erasure|repeated_request|On 3 March I asked you to delete my account. It is now May and nothing has been done.
    Delete it now.
en|access|repeated_request|I sent you a subject access request five weeks ago and have not received a reply. Please
    send my data.
en|access|repeated_request|This is my second attempt. Please send me a copy of my personal data, the statutory month
    has expired.
en|erasure|repeated_request|You still haven't deleted my data despite my email of 2 February. Please delete it.
de|erasure|repeated_request|Bereits am 3. März habe ich Sie gebeten, mein Konto zu löschen. Bis heute ist nichts
    geschehen. Löschen Sie es jetzt.
de|access|repeated_request|Vor fünf Wochen habe ich Auskunft beantragt und bis heute keine Antwort erhalten. Bitte
    schicken Sie mir meine Daten.
de|access|repeated_request|Die Frist von einem Monat ist abgelaufen. Ich fordere erneut Auskunft über meine Daten.
fr|erasure|repeated_request|Le 3 mars je vous ai demandé de supprimer mon compte. Nous sommes en mai et rien n'a été
    fait. Supprimez-le.
fr|access|repeated_request|J'ai envoyé une demande d'accès il y a cinq semaines, sans réponse. Merci de m'envoyer
    mes données.
fr|access|repeated_request|Le délai d'un mois est dépassé. Je renouvelle ma demande d'accès à mes données.
nl|erasure|repeated_request|Op 3 maart heb ik gevraagd mijn account te verwijderen. Het is nu mei en er is niets
    gebeurd. Verwijder het nu.
nl|access|repeated_request|Vijf weken geleden heb ik om inzage gevraagd en ik heb nog niets gehoord. Stuur mij mijn
    gegevens.
nl|access|repeated_request|De termijn van een maand is verstreken. Ik vraag opnieuw inzage in mijn gegevens.
es|erasure|repeated_request|El 3 de marzo les pedí que borraran mi cuenta. Estamos en mayo y no han hecho nada.
    Bórrenla ya.
es|access|repeated_request|Hace cinco semanas envié una solicitud de acceso y no he recibido contestación. Envíenme
    mis datos.
es|access|repeated_request|Ha vencido el plazo de un mes. Vuelvo a solicitar el acceso a mis datos.
it|erasure|repeated_request|Il 3 marzo vi ho chiesto di cancellare il mio account. Siamo a maggio e non è stato
    fatto nulla. Cancellatelo.
it|access|repeated_request|Cinque settimane fa ho inviato una richiesta di accesso e non ho ricevuto risposta.
    Inviatemi i miei dati.
it|access|repeated_request|Il termine di un mese è scaduto. Rinnovo la mia richiesta di accesso ai miei dati.
"""


def _probes(table: str) -> list[tuple[str, str, str, str, str]]:
    rows: list[str] = []
    for line in table.splitlines():
        if line.startswith(" ") and rows:
            rows[-1] += " " + line.strip()
        elif line.strip():
            rows.append(line.strip())
    probes = []
    for row in rows:
        lang, rights, escalations, text = row.split("|", 3)
        subject, _, body = text.rpartition(" // ")
        probes.append((lang, subject, body, rights, escalations))
    return probes


@pytest.mark.parametrize(("lang", "subject", "body", "rights", "escalations"), _probes(TABLE))
def test_frame_probe(lang: str, subject: str, body: str, rights: str, escalations: str) -> None:
    result = classify(subject, body)
    assert sorted(result.rights) == sorted(filter(None, rights.split(","))), [e.to_json() for e in result.evidence]
    if escalations != "-":
        assert sorted(result.escalation_reasons) == sorted(escalations.split(",")), result.escalation_reasons
