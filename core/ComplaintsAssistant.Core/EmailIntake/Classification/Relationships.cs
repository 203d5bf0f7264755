using System.Text.RegularExpressions;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>Who the complainant is to the child, from how they write: "my son" is a parent, "my foster carer" a child,
/// "our client" a solicitor. Each sign has a weight; the heaviest relationship wins and the phrase is the reason.</summary>
public static partial class Relationships
{
    private static readonly (ComplainantRelationship Relationship, int Weight, Phrases Signs)[] Table =
    [
        (ComplainantRelationship.Solicitor, 5, new("solicitors?", "we act for", "our client", "acting for", "llp", "legal representative", "sra (number|no)", "without prejudice", "instructed by", "law firm")),
        (ComplainantRelationship.Advocate, 4, new("i am (an|the|a) advocate", "as (his|her|their|the young person's|the child's) advocate", "advocacy (service|worker)",
            "independent advocate", "coram voice", "nyas", "national youth advocacy", "the young person i (support|am supporting|advocate for)", "i support (him|her|them)",
            "on behalf of (the )?(young person|child|yp)", "advocate for (him|her|them)", "my role as advocate")),
        (ComplainantRelationship.FosterCarer, 4, new("i am a foster carer", "we are foster carers", "as (his|her|their) foster carers?", "our foster (child|son|daughter|children|placement)",
            "(placed|living) with us", "we foster", "as foster carers", "we are (his|her|their) foster carers", "fostering allowance", "(my|our) supervising social worker", "my foster (son|daughter|child)", "foster carer for", "our fostering")),
        (ComplainantRelationship.SpecialGuardian, 5, new("special guardian", "special guardianship", "sgo", "sgo allowance")),
        (ComplainantRelationship.ChildOrYoungPerson, 4, new("i am (1[0-9]|[7-9])( years old)?", "i'm (1[0-9]|[7-9])( years old)?", "i am in care", "i'm in care",
            "my (foster )?carers?", "my foster (mum|mom|dad|parents|family)", "my placement", "my personal adviser", "my pa\\b", "my pathway plan",
            "my iro", "my key ?worker", "my children's home", "my advocate", "i am a care leaver", "i'm a care leaver", "i left care",
            "my leaving care worker", "i want to see my (mum|dad|brother|sister|siblings)", "my residential", "my semi-independent",
            "mam 1[0-9] lat", "mój opiekun", "fy ngweithiwr cymdeithasol", "my social worker (never|doesn't|does not|keeps)")),
        (ComplainantRelationship.Parent, 3, new("my (son|daughter|child|children|kids|boy|girl|baby|sons|daughters|stepson|stepdaughter|little one)",
            "our (son|daughter|child|children|kids)", "(his|her|their) (mother|father|mum|dad)",
            "as (a|his|her|their) (parent|mother|father|mum|dad)", "my (ex-?partner|ex)", "parental responsibility",
            "mój syn", "moja córka", "moje dzieci", "mon fils", "ma fille", "mes enfants", "fy mab", "fy merch", "fy mhlant", "fiul meu", "fiica mea", "copiii mei",
            "mein sohn", "meine tochter", "mi hijo", "mi hija", "mano sūnus", "mano dukra", "wiilkayga", "gabadhayda")),
        (ComplainantRelationship.Grandparent, 3, new("my (grandson|granddaughter|grandchild|grandchildren)", "our (grandson|granddaughter|grandchildren)",
            "(his|her|their) (grandmother|grandfather|nan)", "as (a|his|her|their) (grandparent|grandmother|grandfather)")),
        (ComplainantRelationship.Relative, 3, new("my (niece|nephew)", "(his|her|their) (aunt|uncle)", "as (a|his|her|their) (aunt|uncle)")),
        (ComplainantRelationship.Professional, 3, new("headteacher", "head teacher", "designated safeguarding lead", "dsl", "school nurse", "health visitor", "gp",
            "general practitioner", "paediatrician", "camhs", "senco", "deputy head", "police", "detective", "constable", "pc \\d+", "our school", "the school's",
            "my pupil", "the pupil", "(a|one) (student|pupil) (in|at) (my|our) school", "learning mentor", "on behalf of the school", "midwife", "practice manager", "youth offending", "probation")),
        (ComplainantRelationship.Other, 2, new("neighbour", "family friend", "friend of the family", "a friend of")),
        (ComplainantRelationship.MemberOfPublic, 2, new("member of the public", "concerned resident")),
    ];

    /// <summary>The relationship the text shows most strongly, and the phrase that showed it; null when nothing does.</summary>
    public static (ComplainantRelationship Relationship, string Phrase)? Read(string words, string? authorDomain)
    {
        (ComplainantRelationship, string)? best = null;
        int bestScore = 0;
        foreach (var (relationship, weight, signs) in Table)
        {
            var count = signs.Count(words);
            if (count == 0) continue;
            var score = weight * Math.Min(count, 3);
            if (score > bestScore) (best, bestScore) = ((relationship, signs.FirstIn(words)!), score);
        }
        if (authorDomain is not null && ProfessionalDomain().IsMatch(authorDomain) && bestScore < 8)
            return (ComplainantRelationship.Professional, $"writes from {authorDomain}");
        return best;
    }

    /// <summary>An advocate made or supported it: the author is one, or the child says theirs helped.</summary>
    public static bool SupportedByAdvocate(string words, ComplainantRelationship relationship) =>
        relationship == ComplainantRelationship.Advocate || AdvocateHelped.In(words);

    private static readonly Phrases AdvocateHelped = new(
        "my advocate", "(with|had) (the )?help (of|from) (my|an) advocate", "advocate (helped|is helping|has helped|supported|supporting)",
        "advocacy service", "copied to (my|the) advocate", "coram voice", "nyas", "my independent advocate");

    [GeneratedRegex(@"(^|\.)(nhs\.net|nhs\.uk|police\.uk|pnn\.police\.uk|sch\.uk|cafcass\.gov\.uk|probation\.gov\.uk|justice\.gov\.uk)$", RegexOptions.CultureInvariant)]
    private static partial Regex ProfessionalDomain();
}
