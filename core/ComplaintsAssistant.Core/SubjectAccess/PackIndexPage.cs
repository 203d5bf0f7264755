using System.Text;
using System.Text.Encodings.Web;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>The pack's <c>index.html</c>: what the request is, when it is due, and for each case what it is, which of the
/// requester's details it matched, its files, and what to review for third parties' data before sending. One plain page,
/// no scripts or styles from elsewhere, so it opens from the zip on any machine; WCAG 2.2 AA (checked with axe).</summary>
public static class PackIndexPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(SubjectAccessRequestView request, IReadOnlyList<PackedCase> cases, DateTimeOffset builtAt)
    {
        var page = new StringBuilder();
        page.Append($$"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Subject access pack {{E(request.Reference)}}</title>
            <style>
            body { font-family: system-ui, sans-serif; color: #1b1b1b; background: #fff; line-height: 1.5; margin: 1rem auto; max-width: 60rem; padding: 0 1rem; }
            table { border-collapse: collapse; margin-bottom: 1rem; }
            th, td { border: 1px solid #505050; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
            a { color: #1d4e89; }
            .review { border-left: 0.4rem solid #505050; padding-left: 0.75rem; }
            </style>
            </head>
            <body>
            <header><h1>Subject access pack {{E(request.Reference)}}</h1></header>
            <main>
            <h2>The request</h2>
            <dl>
            <dt>Requester</dt><dd>{{E(request.Requester)}}</dd>
            <dt>Received</dt><dd>{{E(UkDate.InWords(request.ReceivedOn))}}</dd>
            <dt>Must be answered by</dt><dd>{{E(UkDate.InWords(request.DueOn))}}</dd>
            <dt>Pack built</dt><dd>{{E(UkDate.InWords(UkDate.On(builtAt)))}}</dd>
            <dt>Cases found</dt><dd>{{cases.Count}}</dd>
            </dl>
            <p class="review"><strong>Before sending:</strong> review every item listed under "Review for third parties" and redact
            what is another person's personal data. Nothing has been removed automatically.</p>
            """);
        if (cases.Count == 0) page.Append("<p>No case holds the requester's name, email address or phone number.</p>\n");
        foreach (var packed in cases) AppendCase(page, packed);
        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void AppendCase(StringBuilder page, PackedCase packed)
    {
        var subject = packed.View.Case;
        page.Append($"""
            <section aria-labelledby="case-{E(subject.Reference)}">
            <h2 id="case-{E(subject.Reference)}">Case {E(subject.Reference)}</h2>
            <table>
            <caption>About the case</caption>
            <tbody>
            <tr><th scope="row">Kind</th><td>{E(Cases.Workflow.Describe(subject.Kind))}</td></tr>
            <tr><th scope="row">Team</th><td>{E(subject.Team)}</td></tr>
            <tr><th scope="row">Received</th><td>{E(UkDate.InWords(subject.ReceivedOn))}</td></tr>
            <tr><th scope="row">Status</th><td>{E(Cases.Workflow.Describe(subject.Status))}</td></tr>
            <tr><th scope="row">Found by</th><td>{E(string.Join(", ", packed.Matched.Select(Describe)))}</td></tr>
            </tbody>
            </table>
            <h3>Files</h3>
            <ul>

            """);
        foreach (var file in packed.Files) page.Append($"<li><a href=\"{E(file)}\">{E(file)}</a></li>\n");
        page.Append("</ul>\n<h3>Review for third parties</h3>\n");
        if (packed.Flags.Count == 0) page.Append("<p>Nothing flagged.</p>\n");
        else
        {
            page.Append("<table>\n<caption>Items that may be other people's personal data</caption>\n<thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n");
            foreach (var flag in packed.Flags) page.Append($"<tr><td>{E(flag.Where)}</td><td>{E(flag.Why)}</td></tr>\n");
            page.Append("</tbody>\n</table>\n");
        }
        page.Append("</section>\n");
    }

    public static string Describe(PersonField field) => field switch
    {
        PersonField.ComplainantName => "the complainant's name",
        PersonField.ComplainantContact => "the complainant's contact details",
        PersonField.MemberName => "the MP or councillor's name",
        PersonField.OnBehalfOf => "the constituent's name",
        PersonField.EmailSender => "the sender of an email kept with the case",
        _ => field.ToString(),
    };

    private static string E(string value) => Html.Encode(value);
}
