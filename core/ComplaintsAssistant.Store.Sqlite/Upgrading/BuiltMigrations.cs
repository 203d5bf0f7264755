namespace ComplaintsAssistant.Store.Sqlite.Upgrading;

/// <summary>This build's migrations by id, for the up-to-date check every start makes (<see cref="CurrentHistory"/>).
/// Asking EF Core for them instead loads EF Core and every type of this assembly: about 3 MB of a host's idle memory, for
/// a file that is nearly always current. Add a new migration's id here; <c>SqliteOpeningTests</c> fails, naming it,
/// until this list is the one EF Core finds.</summary>
internal static class BuiltMigrations
{
    public static readonly string[] Ids =
    [
        "20261202063154_Baseline",
        "20261202064404_EmailsKeptWithCases",
        "20261202074957_PromptLedger",
        "20261202075508_CasesPromptOn",
        "20261202083909_FigureFacts",
        "20261202102947_FigureMonthCounts",
        "20261202134324_MailboxTriage",
        "20261202142709_OutcomeOutOfJurisdiction",
        "20261202143142_AccessLog",
        "20261202143154_FigureChildrenAndHowReceived",
        "20261202161706_FigureMoneyOmbudsmanAdr",
        "20261202161726_PersonIndex",
        "20261202161917_LegalHolds",
        "20261202162850_SubjectAccessRequests",
        "20261202163541_Disposals",
        "20261202173720_FigureStagesCovering",
        "20261202202624_FigureCasesSupportedByAdvocate",
        "20261202204504_FigureMonthSumsAndMemberType",
    ];
}
