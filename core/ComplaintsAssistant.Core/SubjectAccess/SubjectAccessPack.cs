using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.UseCases;
using MimeKit;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>Builds a subject access request's pack in one action: every case the person index finds for the requester,
/// each read through <see cref="CaseService"/> (so each is in the access log, through
/// <see cref="ReadChannel.SubjectAccessPack"/>), as a zip: <c>index.html</c> to read, each case's JSON with its history and
/// notes, its emails (.eml) and their attachments, and third parties' data flagged for review in both.</summary>
public sealed class SubjectAccessPack(SubjectAccessRequests requests, PersonSearch search, CaseService cases, IEmailStore emails, TimeProvider time)
{
    public async Task<Result<PackFile>> BuildAsync(Actor actor, Guid requestId, CancellationToken cancellationToken = default)
    {
        var found = await requests.GetAsync(actor, requestId, cancellationToken);
        if (found.Error is { } refused) return refused;
        var request = found.Value;
        var keys = request.Person.Keys();
        if (keys.Error is { } invalid) return invalid;

        var reader = actor with { Through = ReadChannel.SubjectAccessPack };
        var packed = new List<PackedCase>();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var match in await search.MatchAsync(keys.Value, cancellationToken))
            {
                var view = await cases.GetAsync(reader, match.Id, cancellationToken);
                if (view.Error is not null) continue; // disposed of since the index was read
                packed.Add(await AddCaseAsync(archive, view.Value, match, request, cancellationToken));
            }
            var page = PackIndexPage.Render(requests.View(request), packed, time.GetUtcNow());
            await WriteAsync(archive, "index.html", Encoding.UTF8.GetBytes(page), cancellationToken);
        }
        return new PackFile($"{request.Reference}.zip", zip.ToArray(), packed.Count);
    }

    private async Task<PackedCase> AddCaseAsync(ZipArchive archive, CaseView view, PersonFound match, SubjectAccessRequest request, CancellationToken cancellationToken)
    {
        var folder = $"cases/{view.Case.Reference}";
        var flags = ThirdParties.On(view.Case, match.Matched).ToList();
        var files = new List<string>();
        foreach (var kept in await emails.ListAsync(view.Case.Id, cancellationToken))
        {
            if (await emails.ReadAsync(view.Case.Id, kept.Name, cancellationToken) is not { } bytes) continue;
            var emailFile = $"{folder}/emails/{kept.Name}";
            await WriteAsync(archive, emailFile, bytes, cancellationToken);
            files.Add(emailFile);
            var message = await MimeMessage.LoadAsync(new MemoryStream(bytes), cancellationToken);
            var sender = message.From.Mailboxes.FirstOrDefault()?.Address;
            flags.Add(ThirdParties.Email(emailFile, PersonKeys.Email(sender) is { } from && PersonKeys.Email(request.Email) == from));
            var number = 0;
            foreach (var attachment in message.Attachments.OfType<MimePart>().Where(a => a.Content is not null))
            {
                var attachmentFile = $"{folder}/attachments/{Path.GetFileNameWithoutExtension(kept.Name)}-{++number}-{SafeName(attachment.FileName)}";
                using var content = new MemoryStream();
                await attachment.Content!.DecodeToAsync(content, cancellationToken);
                await WriteAsync(archive, attachmentFile, content.ToArray(), cancellationToken);
                files.Add(attachmentFile);
            }
        }
        var jsonFile = $"{folder}/case.json";
        var json = new JsonObject
        {
            ["reference"] = view.Case.Reference,
            ["matched"] = JsonSerializer.SerializeToNode(match.Matched, CaseJson.Options),
            ["redactionReview"] = JsonSerializer.SerializeToNode(flags, CaseJson.Options),
            ["files"] = JsonSerializer.SerializeToNode(files, CaseJson.Options),
            ["case"] = JsonSerializer.SerializeToNode(view.Case, CaseJson.Options),
        };
        await WriteAsync(archive, jsonFile, Encoding.UTF8.GetBytes(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true })), cancellationToken);
        return new PackedCase(view, match.Matched, flags, [jsonFile, .. files]);
    }

    private static async Task WriteAsync(ZipArchive archive, string name, byte[] content, CancellationToken cancellationToken)
    {
        // In memory: the entry's stream writes to the MemoryStream under the archive.
        await using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        await entry.WriteAsync(content, cancellationToken);
    }

    private static string SafeName(string? name)
    {
        var plain = new string((name ?? "attachment").Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
        return plain.Length == 0 ? "attachment" : plain;
    }
}

/// <summary>A built pack: the zip's name and bytes, and how many cases it holds.</summary>
public sealed record PackFile(string FileName, byte[] Zip, int Cases);

/// <summary>One case as packed: what the index page lists for it.</summary>
public sealed record PackedCase(CaseView View, IReadOnlyList<PersonField> Matched, IReadOnlyList<RedactionFlag> Flags, IReadOnlyList<string> Files);
