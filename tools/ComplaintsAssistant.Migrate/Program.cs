using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Migrate;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Cosmos.Migration;
using ComplaintsAssistant.Store.Sqlite;

MigrateArguments arguments;
try
{
    arguments = MigrateArguments.Parse(args);
}
catch (Exception e) when (e is ArgumentException or InvalidOperationException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(MigrateArguments.Usage);
    return 2;
}

try
{
    using var client = CosmosClientFactory.Create(arguments.Cosmos);
    var target = new CosmosCaseStore(client, arguments.Cosmos);
    await target.EnsureReadyAsync();
    var source = SqliteCaseStore.Open(arguments.SqlitePath);
    // The calendar the host uses, so the index (due dates) is what the service itself would compute.
    var report = await CaseMigration.RunAsync(source, target, c => CaseIndex.Of(c, ClockRules.Default),
        new ConsoleProgress());
    Console.WriteLine($"done: {report.Cases} cases, {report.Sequences} sequences raised");
    return 0;
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // Safe to re-run: whatever was copied is upserted again.
    Console.Error.WriteLine($"migration stopped: {e.GetType().Name}: {e.Message}");
    return 1;
}
