namespace ComplaintsAssistant.Browser.Tests;

/// <summary>Where the card gallery and the official renderer are, and the page script that renders one card.</summary>
internal static class Gallery
{
    private static readonly string Root = FindRoot();

    public static string CardsFolder => Path.Combine(Root, "tests", "ComplaintsAssistant.Browser.Tests", "CardGallery", "cards");

    /// <summary>adaptivecards 3.0.6 from the bot's own web/node_modules (the same copy the dev page serves), never a CDN.</summary>
    public static string RendererScript => Path.Combine(Root, "bot", "ComplaintsAssistant.Bot", "web", "node_modules", "adaptivecards", "dist", "adaptivecards.js");

    public static string RendererStyles => Path.Combine(Root, "bot", "ComplaintsAssistant.Bot", "web", "node_modules", "adaptivecards", "dist", "adaptivecards.css");

    /// <summary>What every host adds around the renderer (Teams and Web Chat style their own controls): radio buttons and
    /// checkboxes large enough to touch (WCAG 2.2 target size), which a card's JSON cannot set.</summary>
    public const string HostStyles = ".ac-adaptiveCard input[type=radio], .ac-adaptiveCard input[type=checkbox] { width: 24px; height: 24px; }";

    /// <summary>Parses with a serialization context (collecting its warnings), renders, then runs the renderer's own validation.
    /// Teams' <c>msteams</c> card property is the only unknown property tolerated; Teams' <c>Chart.*</c> elements are the only
    /// unknown elements, and the renderer draws their fallback instead (counted in <c>fallbacks</c>).</summary>
    public const string RenderScript = """
        (json) => {
          const problems = [];
          const payload = JSON.parse(json);
          const card = new AdaptiveCards.AdaptiveCard();
          const context = new AdaptiveCards.SerializationContext();
          card.parse(payload, context);
          let fallbacks = 0;
          for (let i = 0; i < context.eventCount; i++) {
            const e = context.getEventAt(i);
            // Teams' chart elements are unknown to this renderer, which draws their fallback: counted, not a problem.
            if (/^Unknown element type "Chart\./.test(e.message)) { fallbacks++; continue; }
            problems.push('parse: ' + e.message);
          }
          const validation = card.validateProperties();
          for (const event of validation.validationEvents) problems.push('validate: ' + event.message);
          const element = card.render();
          if (element) document.getElementById('card').appendChild(element);
          return { problems, rendered: !!element && element.childElementCount > 0, inputs: card.getAllInputs().length,
                   fallbacks, text: element ? element.innerText : '' };
        }
        """;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ComplaintsAssistant.sln"))) return dir.FullName;
        throw new InvalidOperationException("ComplaintsAssistant.sln not found above the test folder.");
    }
}
