using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Intake;

/// <summary>Refuses intake settings that would misread every email: a domain written as an address or URL, a councillor
/// without a name, an address without a domain. Each failure names its key.</summary>
internal sealed class IntakeOptionsValidator : IValidateOptions<IntakeOptions>
{
    public ValidateOptionsResult Validate(string? name, IntakeOptions intake)
    {
        var failures = new List<string>();
        for (var i = 0; i < intake.OwnDomains.Count; i++)
        {
            if (!IsDomain(intake.OwnDomains[i]))
                failures.Add($"Configuration {IntakeOptions.Section}:OwnDomains:{i} ('{intake.OwnDomains[i]}') must be a domain such as thornbury.gov.uk: no '@', no 'https://', no spaces.");
        }
        for (var i = 0; i < intake.Councillors.Count; i++)
        {
            var councillor = intake.Councillors[i];
            if (string.IsNullOrWhiteSpace(councillor.Name))
                failures.Add($"Configuration {IntakeOptions.Section}:Councillors:{i}:Name is empty: give the councillor's name as their emails sign it.");
            for (var e = 0; e < councillor.Emails.Count; e++)
            {
                if (!IsAddress(councillor.Emails[e]))
                    failures.Add($"Configuration {IntakeOptions.Section}:Councillors:{i}:Emails:{e} is not an email address (name@domain).");
            }
        }
        if (intake.ComplaintsMailbox is { } mailbox && !IsAddress(mailbox))
            failures.Add($"Configuration {IntakeOptions.Section}:ComplaintsMailbox is not an email address (name@domain).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsDomain(string value) =>
        !string.IsNullOrWhiteSpace(value) && value.Contains('.') && !value.StartsWith('.') && !value.EndsWith('.')
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');

    private static bool IsAddress(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && !value.Any(char.IsWhiteSpace) && IsDomain(value[(at + 1)..]);
    }
}
