#!/usr/bin/env python3
"""Writes the labelled intake corpus: .eml files under tune/ and holdout/ and labels.json beside them.
The bodies are in bodies.py and specials below; this wraps them the ways they reach a council (sent straight to the
complaints mailbox, forwarded by staff from Outlook, Outlook on the web, Gmail/Google Workspace, iPhone Mail,
Thunderbird, forwarded as attachment, quoted in a reply, forwarded as a thread). Deterministic (fixed seed).
Run: python3 gen.py   (from this folder)"""
import json, os, random, email.utils, base64
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

exec(open("bodies.py", encoding="utf-8").read())
LON = ZoneInfo("Europe/London")
R = random.Random(16)
COUNCIL = "thornbury.gov.uk"
MAILBOX = f"complaints@{COUNCIL}"
FIRST = "Sarah Emma Kelly Donna Lisa Michelle Aisha Priya Joanne Claire Agnieszka Marta Ioana Fatima Hannah Rebecca Gemma Kerry Paul Darren Mark Lee Wayne Tomasz Ahmed Imran David Gareth Rhys".split()
LAST = "Holt Price Morgan Evans Khan Begum Nowak Kowalska Popescu Williams Hughes Turner Walsh Patel Hussain Ali Jones Davies Roberts Clarke Ward Bennett Cooper Shaw".split()
DOMAINS = "gmail.com outlook.com hotmail.co.uk yahoo.co.uk btinternet.com icloud.com live.co.uk sky.com".split()
STAFF = [("Laura Pike", "Social Worker, Children in Care"), ("Dean Foster", "Team Manager, Assessment and Intervention"),
         ("Nia Roberts", "Senior Practitioner, Care Leavers"), ("Amir Rahman", "Supervising Social Worker, Fostering"),
         ("Beth Carter", "Business Support Officer"), ("Owen Lloyd", "Family Support Worker, Early Help")]
used_names = set()

def person():
    while True:
        f, l = R.choice(FIRST), R.choice(LAST)
        if (f, l) not in used_names:
            used_names.add((f, l))
            return f"{f} {l}", f"{f.lower()}.{l.lower()}{R.randint(1,99)}@{R.choice(DOMAINS)}"

def staff(team=None):
    # The child's own worker usually forwards it; otherwise business support, who name no team.
    matching = [s for s in STAFF if team and s[1].endswith(team)]
    name, role = matching[0] if matching and R.random() < 0.8 else STAFF[4]
    return name, name.lower().replace(" ", ".") + "@" + COUNCIL, role

def when(special=None):
    if special: return special
    d = datetime(2026, 1, 5, tzinfo=LON) + timedelta(days=R.randint(0, 320), minutes=R.randint(7*60, 23*60+50))
    return d

def rfc(d): return email.utils.format_datetime(d)
def iso(d): return d.isoformat()

# Forwarded-date layouts: (label line, text)
def outlook_long(d): return "Sent", d.strftime("%A, %-d %B %Y %H:%M")
def outlook_day(d): return "Sent", d.strftime("%d %B %Y %H:%M")
def outlook_short(d): return "Sent", d.strftime("%d/%m/%Y %H:%M")
def outlook_us(d): return "Sent", d.strftime("%A, %B %-d, %Y %-I:%M %p")
def gmail_date(d): return "Date", d.strftime("%a, %-d %b %Y at %H:%M")
def apple_date(d): return "Date", d.strftime("%-d %B %Y at %H:%M:%S ") + ("BST" if d.utcoffset() else "GMT")
def tb_date(d): return "Date", rfc(d)

def headers(frm, to, subject, d, msgid, extra=()):
    h = [f"From: {frm}", f"To: {to}", f"Subject: {subject}", f"Date: {rfc(d)}", f"Message-ID: <{msgid}>", "MIME-Version: 1.0"]
    return "\r\n".join(list(extra) + h)

def received(d):
    stamp = d + timedelta(seconds=R.randint(2, 50))
    return f"Received: from EUR03-AM7-obe.outbound.protection.outlook.com (10.1.2.3) by mail.{COUNCIL} with ESMTPS; {rfc(stamp)}", stamp

def plain(h, text):
    return h + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text.replace("\n", "\r\n") + "\r\n"

def html(h, inner):
    doc = ("<html><head><style>p{margin:0}</style><script>alert('x')</script></head><body>" + inner +
           "<img src=\"https://track.example.net/p.gif?id=1\" width=1 height=1><div style=\"display:none\">complaint urgent verify</div></body></html>")
    b = base64.encodebytes(doc.encode()).decode().replace("\n", "\r\n")
    return h + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b

def sign(text, name):
    return text + ("\n\nKind regards\n" + name if R.random() < 0.7 else "\n\n" + name.split()[0])

counter = [0]
def mid(tag):
    counter[0] += 1
    return f"{tag}.{counter[0]:04d}.{R.randint(10**8, 10**9)}@mail.example"

files = []
def emit(set_, name, content, label):
    folder = os.path.join(set_)
    os.makedirs(folder, exist_ok=True)
    path = f"{set_}/{name}.eml"
    with open(path, "w", encoding="utf-8", newline="") as f: f.write(content)
    label["file"] = path
    files.append(label)

def label(b, kind=None, name=None, addr=None, rel="__", at=None, frm=None, team="__", existing=None, member=None, child=None, adv=None, lang="__"):
    return dict(kind=kind or b["kind"], memberType=member, complainantName=name, complainantEmail=addr,
                relationship=b["rel"] if rel == "__" else rel, childComplainedDirectly=b["child"] if child is None else child,
                supportedByAdvocate=b["adv"] if adv is None else adv, receivedAt=iso(at), receivedOn=at.astimezone(LON).date().isoformat(),
                receivedFrom=frm, team=b["team"] if team == "__" else team, language=b["lang"] if lang == "__" else lang, existingCase=existing)

def direct(b, i, with_received=True):
    n, a = person(); d = when()
    extra = []
    at, frm = d, "messageDate"
    if with_received:
        line, stamp = received(d); extra = [line]; at, frm = stamp, "receivedHeader"
    h = headers(f"{n} <{a}>", MAILBOX, b["subject"], d, mid("direct"), extra)
    emit(b["set"], f"{b['key']}-direct{i}", plain(h, sign(b["text"], n)), label(b, name=n, addr=a, at=at, frm=frm))

def block(layout, n, a, d, subject):
    if layout in ("outlook_long", "outlook_day", "outlook_short", "outlook_us"):
        lbl, t = {"outlook_long": outlook_long, "outlook_day": outlook_day, "outlook_short": outlook_short, "outlook_us": outlook_us}[layout](d)
        return f"________________________________\nFrom: {n} <{a}>\n{lbl}: {t}\nTo: Pike, Laura <laura.pike@{COUNCIL}>\nSubject: {subject}\n"
    if layout == "gmail":
        return f"---------- Forwarded message ---------\nFrom: {n} <{a}>\nDate: {gmail_date(d)[1]}\nSubject: {subject}\nTo: <owen.lloyd@{COUNCIL}>\n"
    if layout == "apple":
        return f"Begin forwarded message:\n\nFrom: {n} <{a}>\nSubject: {subject}\nDate: {apple_date(d)[1]}\nTo: Nia Roberts <nia.roberts@{COUNCIL}>\n"
    if layout == "thunderbird":
        return f"-------- Forwarded Message --------\nSubject: \t{subject}\nDate: \t{tb_date(d)[1]}\nFrom: \t{n} <{a}>\nTo: \tDean Foster <dean.foster@{COUNCIL}>\n"
    raise ValueError(layout)

NOTES = ["Hi complaints team, please see below from a parent. Can you log this?", "Please see the email below, received this week.",
         "Forwarding as requested.", "FYI - see below. Thanks", "Hi, passing this on to you as discussed."]

def forward(b, i, layout, d=None, html_body=False):
    n, a = person(); d = d or when()
    sn, sa, role = staff(b["team"])
    fd = d + timedelta(hours=R.randint(1, 70), minutes=R.randint(0, 59))
    note = R.choice(NOTES) + f"\n\n{sn}\n{role}\nThornbury Borough Council"
    inner = block(layout, n, a, d, b["subject"]) + "\n" + sign(b["text"], n)
    h = headers(f"{sn} <{sa}>", MAILBOX, "FW: " + b["subject"], fd, mid("fwd"))
    if html_body:
        content = html(h, "<p>" + note.replace("\n", "<br>") + "</p>" + "".join(
            f"<div>{'<b>' + l.split(':',1)[0] + ':</b>' + l.split(':',1)[1] if ':' in l and l.split(':',1)[0] in ('From','Sent','To','Subject') else l}</div>"
            for l in inner.replace("<", "&lt;").replace(">", "&gt;").split("\n")))
    else:
        content = plain(h, note + "\n\n" + inner)
    frm = "forwardedHeader"
    emit(b["set"], f"{b['key']}-{layout}{'-html' if html_body else ''}{i}", content, label(b, name=n, addr=a, at=d.replace(second=d.second if layout in ('apple','thunderbird') else 0), frm=frm))

def attached(b, i):
    n, a = person(); d = when()
    sn, sa, role = staff(b["team"])
    fd = d + timedelta(hours=R.randint(2, 90))
    line, stamp = received(d)
    orig = plain(headers(f"{n} <{a}>", f"{sn} <{sa}>", b["subject"], d, mid("orig"), [line]), sign(b["text"], n))
    boundary = "==b" + str(R.randint(10**6, 10**7))
    h = headers(f"{sn} <{sa}>", MAILBOX, "FW: " + b["subject"], fd, mid("att"))
    content = (h + f"\r\nContent-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
               + f"Please log the attached.\r\n\r\n{sn}\r\n{role}\r\n\r\n--{boundary}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"original.eml\"\r\n\r\n"
               + orig + f"\r\n--{boundary}--\r\n")
    emit(b["set"], f"{b['key']}-attached{i}", content, label(b, name=n, addr=a, at=stamp, frm="attachedOriginal"))

def staff_reply(b, i):
    n, a = person(); d = when()
    sn, sa, role = staff(b["team"])
    rd = d + timedelta(hours=R.randint(1, 30))
    quoted = "\n".join("> " + l for l in sign(b["text"], n).split("\n"))
    text = (f"Dear {n.split()[0]},\n\nThank you for your email. I have copied in our complaints team who will be in touch.\n\n{sn}\n{role}\n\n"
            f"On {d.strftime('%a, %-d %b %Y at %H:%M')}, {n} <{a}> wrote:\n{quoted}")
    h = headers(f"{sn} <{sa}>", f"{n} <{a}>", "Re: " + b["subject"], rd, mid("reply"), [f"Cc: {MAILBOX}"])
    emit(b["set"], f"{b['key']}-reply{i}", plain(h, text), label(b, name=n, addr=a, at=d.replace(second=0), frm="quotedReply"))

def thread(b, i):
    n, a = person(); d0 = when(); sn, sa, role = staff(b["team"])
    d1 = d0 + timedelta(days=1, hours=2); d2 = d1 + timedelta(days=2, hours=3); fd = d2 + timedelta(hours=5)
    text = (f"Hi, this is now a complaint I think - see the thread below.\n\n{sn}\n\n"
            + block("outlook_long", n, a, d2, "RE: " + b["subject"]) + "\n" + sign(b["text"], n) + "\n\n"
            + f"________________________________\nFrom: {sn} <{sa}>\nSent: {outlook_long(d1)[1]}\nTo: {n} <{a}>\nSubject: RE: {b['subject']}\n\nThank you, I will look into this and call you.\n\n"
            + block("outlook_long", n, a, d0, b["subject"]) + "\nCan you tell me who my social worker is now?\n")
    h = headers(f"{sn} <{sa}>", MAILBOX, "FW: RE: " + b["subject"], fd, mid("thread"))
    emit(b["set"], f"{b['key']}-thread{i}", plain(h, text), label(b, name=n, addr=a, at=d2.replace(second=0), frm="forwardedHeader"))

LAYOUTS = ["outlook_long", "outlook_day", "outlook_short", "outlook_us", "gmail", "apple", "thunderbird"]
for k, b in enumerate(B):
    if b["lang"]:
        direct(b, 1); forward(b, 1, R.choice(LAYOUTS)); continue
    direct(b, 1, with_received=k % 3 != 0)
    forward(b, 1, LAYOUTS[k % len(LAYOUTS)], html_body=(k % 5 == 0))
    [attached, staff_reply, thread, lambda b, i: forward(b, i, LAYOUTS[(k + 3) % len(LAYOUTS)])][k % 4](b, 2)

# ---- clock-change and edge dates (statutory bodies reused)
par = next(b for b in B if b["key"] == "par-comms")
forward(par, 7, "outlook_day", d=datetime(2026, 10, 25, 1, 30, tzinfo=LON, fold=0))            # repeated hour: first (BST)
forward(par, 8, "thunderbird", d=datetime(2026, 3, 29, 0, 45, tzinfo=LON))                      # just before the change
forward(par, 9, "outlook_long", d=datetime(2026, 4, 4, 23, 40, tzinfo=LON))                     # Saturday night
forward(par, 10, "gmail", d=datetime(2026, 12, 31, 23, 55, tzinfo=LON))                         # New Year's Eve
forward(par, 11, "outlook_short", d=datetime(2026, 2, 7, 10, 5, tzinfo=LON))                    # 07/02: ambiguous, UK order

# ---- members, Ombudsman, replies, not-a-case
S = []
def special(key, set_, fn): S.append((key, set_, fn))

def mp_caseworker(set_, key, text, team, subject):
    d = when(); line, stamp = received(d)
    h = headers("Tom Reid <tom.reid@parliament.uk>", MAILBOX, subject, d, mid("mp"), [line])
    t = text + "\n\nYours sincerely\n\nTom Reid\nSenior Caseworker\nOffice of Jane Hartley MP\nMember of Parliament for Thornbury and Vale\nHouse of Commons, London SW1A 0AA"
    b = dict(kind="memberEnquiry", rel="electedMember", child=False, adv=False, team=team, lang=None)
    emit(set_, key, plain(h, t), label(b, name="Tom Reid", addr="tom.reid@parliament.uk", at=stamp, frm="receivedHeader", member="mp"))

mp_caseworker("tune", "mp-caseworker-1", "Dear Complaints Team,\n\nI am writing on behalf of my constituent, Ms Lisa Shaw, who has contacted Jane Hartley MP about her son's foster placement. Ms Shaw says she has not been told where her son is living and has had no contact for four weeks.\n\nI would be grateful if you could look into this and let me have a response that I can share with my constituent.", "Children in Care", "Constituent enquiry: Ms L Shaw")
mp_caseworker("holdout", "mp-caseworker-2", "Dear Sir or Madam\n\nOur constituent Mr Gary Walsh has asked us to raise his concerns about the support offered to his disabled daughter, whose short breaks package was reduced in the summer. Could you please look into the matter and reply to this office.", "Disabled Children", "Our ref: JH12345 - Mr G Walsh")

def mp_self(set_, key):
    d = when()
    h = headers("Jane Hartley MP <jane.hartley.mp@parliament.uk>", MAILBOX, "Care leaver housing - constituent", d, mid("mpself"))
    t = "Dear colleagues,\n\nA young constituent who left care last year tells me his personal adviser has not been in touch and he is at risk of losing his tenancy. I would be grateful for an urgent update.\n\nBest wishes\n\nJane Hartley MP\nMember of Parliament for Thornbury and Vale"
    b = dict(kind="memberEnquiry", rel="electedMember", child=False, adv=False, team="Care Leavers", lang=None)
    emit(set_, key, plain(h, t), label(b, name="Jane Hartley MP", addr="jane.hartley.mp@parliament.uk", at=d, frm="messageDate", member="mp"))
mp_self("tune", "mp-self-1")

def mp_forwarded_by_staff(set_, key):
    d = when(); sn, sa, role = staff(); fd = d + timedelta(hours=20)
    inner = block("outlook_day", "REID, Tom", "tom.reid@parliament.uk", d, "Constituent: Mrs K Begum") + "\nDear Ms Pike,\n\nMrs Begum has contacted Jane Hartley MP as she is unhappy with the outcome of the assessment of her family. Please could you let us have a response within the usual timescale.\n\nTom Reid\nCaseworker to Jane Hartley MP"
    h = headers(f"{sn} <{sa}>", MAILBOX, "FW: Constituent: Mrs K Begum", fd, mid("mpfwd"))
    b = dict(kind="memberEnquiry", rel="electedMember", child=False, adv=False, team="Assessment and Intervention", lang=None)
    emit(set_, key, plain(h, f"Member enquiry for logging please.\n\n{sn}\n\n" + inner), label(b, name="Tom Reid", addr="tom.reid@parliament.uk", at=d.replace(second=0), frm="forwardedHeader", member="mp"))
mp_forwarded_by_staff("tune", "mp-fwd-staff-1")
mp_forwarded_by_staff("holdout", "mp-fwd-staff-2")

def councillor(set_, key, frm_name, frm_addr, text, team):
    d = when(); line, stamp = received(d)
    h = headers(f"{frm_name} <{frm_addr}>", MAILBOX, "Ward enquiry - family in Millbrook", d, mid("cllr"), [line])
    b = dict(kind="memberEnquiry", rel="electedMember", child=False, adv=False, team=team, lang=None)
    emit(set_, key, plain(h, text), label(b, name=frm_name, addr=frm_addr, at=stamp, frm="receivedHeader", member="councillor"))
councillor("tune", "cllr-council-1", "Ben Ashworth", f"ben.ashworth@{COUNCIL}", "Hi team,\n\nA resident in my ward has asked me to raise concerns about how long her referral is taking. She has young children and is struggling. Could someone look into it and let me know?\n\nCllr Ben Ashworth\nMillbrook Ward", "Assessment and Intervention")
councillor("tune", "cllr-gmail-1", "Priya Shah", "priyashah.millbrook@gmail.com", "Dear officers\n\nI've been contacted by a family whose foster carer allowance has not been paid. Could you please look into this for me?\n\nBest wishes\nCllr Priya Shah", "Fostering")
councillor("holdout", "cllr-gmail-2", "Derek Moss", "derek.moss63@btinternet.com", "Good afternoon,\n\nOne of my residents tells me the early help worker assigned to them has left and no one has replaced them. I'd appreciate an update.\n\nRegards\nCouncillor Derek Moss\nHigh Street Ward", "Early Help")

def parish(set_, key):
    d = when(); line, stamp = received(d)
    h = headers("Graham Fell <g.fell@stoke-parva-pc.org.uk>", MAILBOX, "Concern from parish council", d, mid("parish"), [line])
    t = "Hello\n\nI'm concerned that a family in the village haven't heard back about the support they were promised. Could someone call them?\n\nCllr Graham Fell\nStoke Parva Parish Council"
    b = dict(kind="informalRepresentation", rel="friendOrOther", child=False, adv=False, team=None, lang=None)
    emit(set_, key, plain(h, t), label(b, name="Graham Fell", addr="g.fell@stoke-parva-pc.org.uk", at=stamp, frm="receivedHeader", rel=None))
parish("holdout", "parish-cllr-1")

def mep(set_, key):
    d = datetime(2019, 11, 12, 10, 20, tzinfo=LON)
    h = headers("Office of Anna Green MEP <anna.green@europarl.europa.eu>", MAILBOX, "Constituent enquiry", d, mid("mep"))
    t = "Dear Sir/Madam,\n\nOn behalf of Anna Green MEP I am writing about a constituent whose adoption support has not been provided. I would be grateful for a reply.\n\nKind regards\nParliamentary Assistant to Anna Green MEP"
    b = dict(kind="memberEnquiry", rel="electedMember", child=False, adv=False, team="Adoption", lang=None)
    emit(set_, key, plain(h, t), label(b, name="Office of Anna Green MEP", addr="anna.green@europarl.europa.eu", at=d, frm="messageDate", member="mep"))
mep("tune", "mep-1")

def ombudsman(set_, key, fwd):
    d = when(); line, stamp = received(d)
    t = ("Dear Complaints Officer\n\nComplaint by Ms R Turner\nOur reference: 25 014 207\n\nThe Local Government and Social Care Ombudsman has received a complaint about the Council's handling of Ms Turner's complaint about children's social care, in particular delay at stage 2 of the statutory procedure.\n\n"
         "Please provide a response to the enquiries set out in the attached by the date given.\n\nYours sincerely\n\nAssessment and Investigation Team\nLocal Government and Social Care Ombudsman")
    b = dict(kind="ombudsmanEnquiry", rel=None, child=False, adv=False, team=None, lang=None)
    if not fwd:
        h = headers("Assessment Team <a.team@lgo.org.uk>", MAILBOX, "LGSCO enquiry - 25 014 207", d, mid("lgo"), [line])
        emit(set_, key, plain(h, t), label(b, name=None, addr=None, at=stamp, frm="receivedHeader"))
    else:
        sn, sa, role = staff(); fd = d + timedelta(hours=26)
        h = headers(f"{sn} <{sa}>", MAILBOX, "FW: LGSCO enquiry - 25 014 207", fd, mid("lgofwd"))
        emit(set_, key, plain(h, f"This came to me by mistake.\n\n{sn}\n\n" + block("outlook_long", "Assessment Team", "a.team@lgo.org.uk", d, "LGSCO enquiry") + "\n" + t),
             label(b, name=None, addr=None, at=d.replace(second=0), frm="forwardedHeader"))
ombudsman("tune", "lgo-direct-1", False); ombudsman("tune", "lgo-fwd-1", True); ombudsman("holdout", "lgo-direct-2", False)

def ack_reply(set_, key, by_subject):
    n, a = person(); d = when(); line, stamp = received(d)
    ack = d - timedelta(days=3)
    subject = "RE: Your complaint CC-2026-0012" if by_subject else "RE: Your email to Thornbury Council"
    h = headers(f"{n} <{a}>", MAILBOX, subject, d, mid("ackreply"), [line, "In-Reply-To: <ack-0012@thornbury.gov.uk>", "References: <ack-0012@thornbury.gov.uk>"] if not by_subject else [line])
    t = f"Thank you for your letter. I still have not had the meeting you promised and want to add that my son's contact was cancelled again.\n\n{n}\n\nOn {ack.strftime('%a, %-d %b %Y at %H:%M')}, Complaints <{MAILBOX}> wrote:\n> We have received your complaint and will respond within 10 working days."
    b = dict(kind="statutoryComplaint", rel="parentOrRelative", child=False, adv=False, team=None, lang=None)
    emit(set_, key, plain(h, t), label(b, name=n, addr=a, at=stamp, frm="receivedHeader", existing="CC-2026-0012", team=None))
ack_reply("tune", "ack-reply-subject-1", True); ack_reply("tune", "ack-reply-thread-1", False); ack_reply("holdout", "ack-reply-subject-2", True)

def same_again(set_, key):
    d = datetime(2026, 5, 6, 9, 12, tzinfo=LON)
    h = headers("Kim Ellis <kim.ellis@gmail.com>", MAILBOX, "Complaint about social worker", d, "already-a-case-0020@mail.gmail.com")
    b = dict(kind="statutoryComplaint", rel="parentOrRelative", child=False, adv=False, team=None, lang=None)
    emit(set_, key, plain(h, "I want to complain about my son's social worker who has not visited in two months.\n\nKim"),
         label(b, name="Kim Ellis", addr="kim.ellis@gmail.com", at=d, frm="messageDate", existing="CC-2026-0020"))
same_again("tune", "same-message-1")

NC = dict(kind="notACase", rel=None, child=False, adv=False, team=None, lang=None)
def nc(set_, key, h, body_, at, frm, ctype="text/plain; charset=utf-8"):
    content = h + f"\r\nContent-Type: {ctype}\r\n\r\n" + body_.replace("\n", "\r\n") + "\r\n"
    emit(set_, key, content, label(NC, at=at, frm=frm, team=None))

for s_, k in (("tune", 1), ("holdout", 2)):
    n, a = person(); d = when()
    nc(s_, f"autoreply-{k}", headers(f"{n} <{a}>", MAILBOX, "Automatic reply: Your complaint", d, mid("auto"), ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]),
       f"I am out of the office until Monday with limited access to email.\n\n{n}", d, "messageDate")
d = when()
nc("tune", "ooo-subject-1", headers("Dean Foster <dean.foster@thornbury.gov.uk>", MAILBOX, "Out of Office: complaint CC-2026-0031", d, mid("ooo")),
   "I am on annual leave returning 14th. For urgent matters contact the duty team.", d, "messageDate")
for s_, k in (("tune", 1), ("holdout", 2)):
    d = when(); boundary = "rep" + str(k)
    body_ = (f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nDelivery has failed to these recipients or groups:\r\nparent.unknown@gmail.com\r\n\r\n"
             f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;mail.{COUNCIL}\r\n\r\nFinal-Recipient: rfc822;parent.unknown@gmail.com\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--{boundary}--")
    nc(s_, f"bounce-{k}", headers(f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{COUNCIL}>", MAILBOX, "Undeliverable: Your complaint CC-2026-0044", d, mid("ndr")),
       body_, d, "messageDate", ctype=f"multipart/report; report-type=delivery-status; boundary=\"{boundary}\"")
d = when()
nc("tune", "bounce-daemon-1", headers("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", MAILBOX, "Delivery Status Notification (Failure)", d, mid("dsn")),
   "Address not found\n\nYour message wasn't delivered to k.price@gmial.com because the address couldn't be found.", d, "messageDate")
for s_, k, frm_, subj in (("tune", 1, "Fostering Network <news@fostering.example.org>", "Your monthly fostering news"),
                          ("holdout", 2, "Jane Hartley MP <news@janehartley.example.org.uk>", "Jane's summer update from Thornbury and Vale"),
                          ("tune", 3, "Community Care <newsletters@communitycare.example.co.uk>", "This week: ADCS annual conference")):
    d = when()
    nc(s_, f"newsletter-{k}", headers(frm_, MAILBOX, subj, d, mid("news"), ["List-Unsubscribe: <https://lists.example.org/u?id=1>", "Precedence: bulk"]),
       "Thank you for subscribing. This month: a brilliant new guide for carers, and our amazing volunteers. Unsubscribe here.", d, "messageDate")
d = when()
nc("tune", "phish-mailbox-1", headers("IT Service Desk <it-support@thornbury-gov-uk.help>", MAILBOX, "Mailbox storage full - action required", d, mid("ph"),
   ["Reply-To: <recover@mailbox-quota.example.ru>", "Authentication-Results: spf=fail smtp.mailfrom=thornbury-gov-uk.help; dmarc=fail"]),
   "Dear user,\n\nYour mailbox is full and will be suspended within 24 hours. Click here to re-validate your account: http://198.51.100.7/login", d, "messageDate")
d = when()
ph_html = ("<html><body><p>Dear Customer,</p><p>You have an outstanding invoice. Please <a href=\"https://evil.example.com/pay\">www.thornbury.gov.uk/pay</a> "
           "urgently to avoid account closure.</p><a href=\"javascript:steal()\">View invoice</a><img src=\"https://t.example.com/o.gif\"></body></html>")
nc("holdout", "phish-invoice-2", headers("Accounts Payable <accounts@billing-portal.example.com>", MAILBOX, "Invoice overdue - urgent payment", d, mid("ph2")),
   ph_html, d, "messageDate", ctype="text/html; charset=utf-8")
d = when()
nc("tune", "phish-docusign-1", headers("DocuSign via Thornbury Council <dse@docu-sign-secure.example.net>", MAILBOX, "Complaint document shared with you", d, mid("ph3"),
   ["Authentication-Results: dkim=fail header.d=docu-sign-secure.example.net"]),
   "A complaint document has been shared with you via SharePoint. Kindly verify your email to view it within 24 hours.\nhttps://docu-sign-secure.example.net/v", d, "messageDate")
for s_, k, subj, txt in (("tune", 1, "Team meeting moved to Thursday", "Hi all, this week's team meeting is moved to Thursday 10am in room 2. Thanks, Beth"),
                         ("tune", 2, "Mandatory training reminder", "Reminder: all staff must complete the data protection training by Friday."),
                         ("holdout", 3, "Rota for duty next week", "Hi team, the duty rota for next week is attached. Let me know if there are any swaps needed. Dean")):
    d = when(); sn, sa, role = staff()
    nc(s_, f"internal-{k}", headers(f"{sn} <{sa}>", f"childrens-team@{COUNCIL}", subj, d, mid("int")), txt, d, "messageDate")

files.sort(key=lambda f: f["file"])
with open("labels.json", "w", encoding="utf-8") as f: json.dump(files, f, indent=1, ensure_ascii=False)
print(len(files), "files;", sum(1 for f in files if f["file"].startswith("tune")), "tune,", sum(1 for f in files if f["file"].startswith("holdout")), "holdout")
