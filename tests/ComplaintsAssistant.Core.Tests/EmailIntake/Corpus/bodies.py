# Bodies of the corpus, written by hand in the way the seeds' complainants write (parents, young people, foster carers,
# advocates, solicitors, professionals). Each: key, set, kind, relationship, child, advocate, team, language, subject, text.
# "tune" bodies were used while writing the rules; "holdout" bodies were written separately and never tuned on.
B = []
def body(key, set_, kind, rel, team, subject, text, child=False, adv=False, lang=None):
    B.append(dict(key=key, set=set_, kind=kind, rel=rel, team=team, subject=subject, text=text.strip(), child=child, adv=adv, lang=lang))

T, H = "tune", "holdout"
# ---- statutory complaints
body("par-comms", T, "statutoryComplaint", "parentOrRelative", "Children in Care", "Complaint about my son's social worker",
"""I am writing to make a formal complaint about the way my son's social worker has dealt with us over the last three months.
She has cancelled four visits without telling us and has not returned any of my calls. My son is in foster care and I have not had an update on his contact arrangements since January.
I want an apology and a proper plan for family time.""")
body("par-assess", T, "statutoryComplaint", "parentOrRelative", "Assessment and Intervention", "Unhappy with the assessment",
"""I am really unhappy with the child and family assessment that was completed on my daughter. It includes things that are simply not true and it was never shared with me before it was sent to the school.
I would like to complain and have the assessment corrected.""")
body("par-bias", T, "statutoryComplaint", "parentOrRelative", None, "Complaint - bias towards my ex",
"""Your department has shown bias towards my ex-partner from the start. Every time I raise something it is ignored but when he says something it is written down as fact.
I want to complain about how I have been treated. Our children deserve better than this.""")
body("fc-allowance", T, "statutoryComplaint", "fosterCarer", "Fostering", "Fostering allowance not paid",
"""We are foster carers for two brothers placed with us since September. Our fostering allowance has not been paid for six weeks and our supervising social worker says it is with finance.
This is unacceptable and we wish to make a complaint. We cannot keep paying for everything ourselves.""")
body("yp-pa", T, "statutoryComplaint", "childOrYoungPerson", "Care Leavers", "my PA",
"""hi im 19 and a care leaver. my personal adviser hasnt been in touch for 2 months and my pathway plan is out of date.
i was promised help with my deposit for the flat and now no one answers. i want to make a complaint because this is not fair""", child=True)
body("yp-placement", T, "statutoryComplaint", "childOrYoungPerson", "Children in Care", "complaint",
"""I am 15 and I live in a children's home. I want to complain because my social worker keeps changing and nobody listens to what I want about seeing my brother.
My advocate helped me write this email. Please can someone reply to me not just my carers.""", child=True, adv=True)
body("adv-yp", T, "statutoryComplaint", "advocate", "Children in Care", "Complaint on behalf of young person",
"""I am an advocate with the Children's Advocacy Service and I am writing on behalf of the young person I support, who is 14 and looked after by the council.
She wishes to make a complaint about the decision to move her placement without any discussion with her, and about not being told in advance.
She would like a written response and a meeting with the team manager. Please copy me into all correspondence.""", adv=True)
body("sol-client", T, "statutoryComplaint", "solicitor", "Children in Care", "Our client: formal complaint",
"""We act for Ms Karen Holt in relation to her daughter, who is looked after by the local authority.
Our client wishes to make a formal complaint under the Children Act 1989 representations procedure regarding the failure to facilitate contact as set out in the care plan.
Please acknowledge receipt and confirm the timescale for the stage 1 response.
Holt & Partners Solicitors LLP""")
body("sg-allowance", T, "statutoryComplaint", "specialGuardian", "Adoption", "SGO support",
"""I am the special guardian of my granddaughter. The special guardianship support plan said we would get help with therapy and it has not happened in over a year.
I have asked several times and I am now making a complaint.""")
body("par-disabled", T, "statutoryComplaint", "parentOrRelative", "Disabled Children", "Short breaks stopped",
"""My son is autistic and has had short breaks every month for two years. We were told by letter last week that they are stopping, with no reassessment and no one even met him.
I am making a formal complaint about this decision and the way it was made.""")
body("par-earlyhelp", T, "statutoryComplaint", "parentOrRelative", "Early Help", "Family support worker",
"""I want to complain about the family support worker from early help. She turned up late every week, spoke to me like I was stupid in front of my kids and then closed our case without telling me.
I am not happy with how we were treated.""")
body("gran-contact", T, "statutoryComplaint", "parentOrRelative", "Children in Care", "My grandchildren",
"""I am writing as the grandmother of three children who are in care. I have been told I can no longer see them and nobody has explained why.
I wish to complain about this decision and the lack of communication from the social workers.""")
body("par-data", T, "statutoryComplaint", "parentOrRelative", "Assessment and Intervention", "Data breach - complaint",
"""Your social worker sent a letter about my daughter to my old address where my ex lives. This is a serious data protection breach and I am disgusted.
I want to make a complaint and know what you are going to do about it.""")
body("fc-support", T, "statutoryComplaint", "fosterCarer", "Fostering", "Lack of support as foster carers",
"""As his foster carers we have asked for respite and extra support for months. Our foster son has very complex needs and our supervising social worker has not visited since March.
We feel let down and want to raise a formal complaint.""")
# ---- corporate complaints
body("cp-conf", T, "corporateComplaint", "parentOrRelative", "Child Protection", "Complaint about the child protection conference",
"""I want to complain about the initial child protection conference held about my children last week. The report was given to me ten minutes before the meeting and the chair would not let me speak.
My children are now subject to a plan and I do not agree with it.""")
body("court-report", T, "corporateComplaint", "parentOrRelative", None, "Section 7 report",
"""I am making a complaint about the section 7 report written for the family court. The social worker only spoke to my son for twenty minutes and wrote things I never said.
The court hearing is next month and this report is unfair.""")
body("school-prof", T, "corporateComplaint", "professional", "Assessment and Intervention", "Referral not acted on",
"""I am the designated safeguarding lead at Hillside Primary School. I am writing to complain that a referral we made about a pupil three weeks ago has had no response despite several follow-up calls to the front door.
This is not the first time and I would like it looked at formally.
Mrs A. Barker, Deputy Head and DSL""")
body("ehcp", T, "corporateComplaint", "parentOrRelative", None, "EHCP delay complaint",
"""My son's EHC plan is now five months late. I have chased the SEN team repeatedly. I want to make a formal complaint about the delay.""")
body("neighbour", T, "corporateComplaint", "friendOrOther", None, "Complaint",
"""I am a neighbour of a family you work with. I reported concerns about the children weeks ago and nobody has contacted me back. I am a member of the public and I want to complain about how my call was handled.""")
# ---- informal
body("inf-callback", T, "informalRepresentation", "parentOrRelative", "Assessment and Intervention", "Still waiting for a call back",
"""I don't want to make a formal complaint but I have left three messages for the duty social worker about my daughter's referral and no one has got back to me.
Can someone please call me this week.""")
body("inf-contact", T, "informalRepresentation", "parentOrRelative", "Children in Care", "Contact sessions",
"""I am worried because my son's contact sessions keep being cancelled at short notice. I am not making a formal complaint at this stage, I just want someone to sort it out.""")
body("inf-fc", T, "informalRepresentation", "fosterCarer", "Fostering", "Query about mileage",
"""We are foster carers and we are still waiting to hear about the mileage claims for school runs. Can someone from the fostering team let us know when they will be paid? Not a complaint as such, just chasing.""")
# ---- compliments
body("comp-sw", T, "compliment", "parentOrRelative", None, "Thank you",
"""I just wanted to say a huge thank you to Sarah, our social worker. She has been brilliant with my daughter and always calls back when she says she will.
She has made such a difference to our family.""")
body("comp-school", T, "compliment", "professional", None, "Social worker - compliment",
"""I am writing to commend one of your staff members. D has recently been assigned to a student in my school and has been very professional, kept the school in the loop at all times and has gone above and beyond.
She's a pleasure to work with.
Primary School Learning Mentor""")
body("comp-fc", T, "compliment", "fosterCarer", "Fostering", "Thank you to the fostering team",
"""As foster carers we wanted to thank the fostering team for the support over the last year, especially during the summer. We really appreciate everything you have done.""")
body("comp-yp", T, "compliment", "childOrYoungPerson", "Care Leavers", "thanks",
"""i just want to say thank you to my pa Jo for helping me get my flat and sort my uni application. i couldn't have done it without her""", child=True)
body("comp-adopt", T, "compliment", "parentOrRelative", "Adoption", "Adoption panel - thank you",
"""Our adoption was finalised last week and we want to say thank you to everyone in the adoption team. Our daughter is home for good and we are so grateful.""")
# ---- comments
body("comment-web", T, "comment", "parentOrRelative", None, "Suggestion for the website",
"""Just a suggestion: it would be helpful if the council website explained what happens after a referral is made. I found it hard to know what to expect.""")
body("comment-letters", T, "comment", "fosterCarer", "Fostering", "Feedback on the newsletter for carers",
"""A comment on the carers' update you send out: it would be better if the training dates were listed at the top. Otherwise it is very useful.""")
# ---- other languages
body("pl-complaint", T, "statutoryComplaint", "parentOrRelative", "Children in Care", "Skarga",
"""Dzień dobry, chcę złożyć skargę na pracownika socjalnego mojego syna. Nie odpowiada na telefony od miesiąca i nie wiem, kiedy mogę zobaczyć moje dzieci. To jest bardzo trudne dla mnie i mojej rodziny.""", lang="pl")
body("cy-complaint", T, "statutoryComplaint", "parentOrRelative", "Children in Care", "Cwyn",
"""Rwyf am wneud cwyn am y ffordd mae fy mab wedi cael ei drin gan y tîm. Nid oes neb wedi ateb fy llythyrau ac mae hyn yn annheg iawn i ni fel teulu.""", lang="cy")
body("ro-compliment", T, "compliment", "parentOrRelative", None, "Mulțumesc",
"""Vreau să spun mulțumesc asistentei sociale pentru tot ajutorul. Fiul meu este mult mai fericit acum și noi suntem foarte recunoscători pentru tot.""", lang="ro")
body("ur-complaint", T, "statutoryComplaint", "parentOrRelative", None, "شکایت",
"""میں اپنے بیٹے کے سوشل ورکر کے بارے میں شکایت کرنا چاہتی ہوں۔ انہوں نے کئی ہفتوں سے رابطہ نہیں کیا اور مجھے کچھ نہیں بتایا گیا۔""", lang="ur")
body("fr-complaint", T, "statutoryComplaint", "parentOrRelative", None, "Réclamation",
"""Bonjour, je souhaite déposer une plainte concernant l'assistante sociale de ma fille. Elle ne répond pas à mes messages et je ne sais pas quand je pourrai voir mes enfants.""", lang="fr")

# ================= HOLDOUT (written after the rules; never tuned on)
body("h-par-review", H, "statutoryComplaint", "parentOrRelative", "Children in Care", "Re: LAC review",
"""Dear Sir/Madam
At my daughter's review on Tuesday the plan was changed without anyone asking me. Her IRO said one thing and the social worker another. I have had enough and I'm putting in a complaint about how this has been handled.
Thanks""")
body("h-par-finance", H, "statutoryComplaint", "parentOrRelative", "Disabled Children", "Direct payments",
"""My daughter has cerebral palsy and her direct payments were cut in half with no warning. We rely on them to pay her carer. I'm very dissatisfied and I want this treated as a complaint please.""")
body("h-yp-momo", H, "statutoryComplaint", "childOrYoungPerson", "Children in Care", "not happy",
"""Im 13 and in foster care. My foster carers are ok but my social worker never comes and when she does she talks to them not me. I want to complain. My advocate Ellie said I should email you.""", child=True, adv=True)
body("h-adv", H, "statutoryComplaint", "advocate", "Care Leavers", "Representation from advocacy",
"""I'm writing as his advocate. The young man I support is 17 and due to leave care in the spring. He has no pathway plan and has not been told where he will live.
He would like to make a complaint at stage 1 and asks that the response is sent to him with a copy to me.""", adv=True)
body("h-sol", H, "corporateComplaint", "solicitor", None, "Complaint - care proceedings conduct",
"""We are instructed by Mr D Price. Our client wishes to complain about the conduct of the allocated social worker during the care proceedings, in particular the late filing of evidence and statements made to the court.
Please treat this letter as a formal complaint and respond to us as his legal representative.""")
body("h-fc", H, "statutoryComplaint", "fosterCarer", "Fostering", "Complaint from foster carers",
"""We foster for the council and have done for eleven years. The way our last review was run was disgraceful - we were told in front of the child that the placement might end.
We want to complain about this formally.""")
body("h-cp", H, "corporateComplaint", "parentOrRelative", "Child Protection", "Core group meetings",
"""I am complaining about the core group meetings for my kids. They keep being arranged when I'm at work and then I'm told I didn't engage. The child protection plan is being used against me.""")
body("h-police", H, "corporateComplaint", "professional", "Assessment and Intervention", "Delay in strategy discussion",
"""I'm a detective constable in the public protection unit. We requested a strategy discussion on Monday regarding a child disclosure and it still hasn't been convened. I want to raise this as a complaint about the delay.""")
body("h-inf", H, "informalRepresentation", "parentOrRelative", "Early Help", "Early help worker",
"""Hello, my early help worker has not been to see us for a month. I'm not wanting to complain, I just want to know if we still have a worker. Please ring me.""")
body("h-inf2", H, "informalRepresentation", "parentOrRelative", "Assessment and Intervention", "Query",
"""I'm concerned that nobody has told me the outcome of the assessment. It was meant to be finished two weeks ago. Could someone let me know what's happening?""")
body("h-comp", H, "compliment", "parentOrRelative", "Early Help", "Feedback",
"""Just to say the parenting course run by early help was fantastic. The two workers were kind and never judged us. Thank you so much.""")
body("h-comp-judge", H, "compliment", "professional", None, "Quality of evidence",
"""At the conclusion of the hearing today the judge asked me to pass on her thanks to the social worker for the outstanding quality of the statement and analysis. It really helped the court.
Legal Services""")
body("h-comp-yp", H, "compliment", "childOrYoungPerson", "Children in Care", "my social worker",
"""I am 12. I want to say my social worker Tom is the best, he listens to me and took me to see my nan. thank you""", child=True)
body("h-comment", H, "comment", "parentOrRelative", None, "Idea",
"""Might be worth having evening appointments for working parents. Just an idea after our meeting was moved three times.""")
body("h-pl", H, "statutoryComplaint", "parentOrRelative", None, "Skarga na pracownika",
"""Szanowni Państwo, moja córka jest w rodzinie zastępczej i od dwóch miesięcy nie mam z nią kontaktu. Składam skargę, bo nikt nie odpowiada na moje maile.""", lang="pl")
body("h-so", H, "statutoryComplaint", "parentOrRelative", None, "Cabasho",
"""Waxaan rabaa inaan cabasho ka gudbiyo shaqaalaha bulshada ee wiilkayga. Ma aysan ila soo xiriirin muddo bil ah.""", lang="so")
body("h-ar", H, "statutoryComplaint", "parentOrRelative", None, "شكوى",
"""أريد تقديم شكوى بخصوص الأخصائية الاجتماعية المسؤولة عن ابني. لم يتصل بي أحد منذ شهر ولا أعرف متى سأرى أطفالي.""", lang="ar")
body("h-cy-comp", H, "compliment", "parentOrRelative", None, "Diolch",
"""Diolch yn fawr iawn i'r gweithiwr cymdeithasol am ei holl help gyda fy mab. Mae hi wedi bod yn wych gyda ni fel teulu.""", lang="cy")
