using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsAssistant.Store.Sqlite.Migrations
{
    /// <summary>Month counts for resolutions; the stage month counts add up working and calendar days (an average is a sum
    /// over a count of whole months) and count by the case's member type, which the stage rows now keep: all filled from
    /// the facts already stored, then kept by triggers.</summary>
    public partial class FigureMonthSumsAndMemberType : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MemberType",
                table: "FigureStages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CalendarDays",
                table: "FigureStageMonths",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "MemberType",
                table: "FigureStageMonths",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WorkingDays",
                table: "FigureStageMonths",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "FigureResolutionMonths",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Basis = table.Column<string>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    IsFurthest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", nullable: false),
                    N = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureResolutionMonths", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FigureResolutionMonths_Basis_Kind_Stage_Month_Team",
                table: "FigureResolutionMonths",
                columns: new[] { "Basis", "Kind", "Stage", "Month", "Team" });

            // The stage counts again with their sums and member types, under triggers that keep them; the resolutions' counts likewise.
            foreach (var counted in Stages) foreach (var trigger in counted.TriggerNames()) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            migrationBuilder.Sql("UPDATE FigureStages SET MemberType = (SELECT k.MemberType FROM FigureCases k WHERE k.CaseId = FigureStages.CaseId);");
            migrationBuilder.Sql("DELETE FROM FigureStageMonths;");
            foreach (var counted in Stages.Concat(Resolutions)) migrationBuilder.Sql(counted.Fill());
            foreach (var counted in Stages.Concat(Resolutions)) foreach (var trigger in counted.Triggers()) migrationBuilder.Sql(trigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var counted in Stages.Concat(Resolutions)) foreach (var trigger in counted.TriggerNames()) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            migrationBuilder.DropTable(
                name: "FigureResolutionMonths");

            migrationBuilder.DropColumn(
                name: "MemberType",
                table: "FigureStages");

            migrationBuilder.DropColumn(
                name: "CalendarDays",
                table: "FigureStageMonths");

            migrationBuilder.DropColumn(
                name: "MemberType",
                table: "FigureStageMonths");

            migrationBuilder.DropColumn(
                name: "WorkingDays",
                table: "FigureStageMonths");

            // The stage counts and their triggers as migration FigureMonthCounts made them (counts only, no member type).
            migrationBuilder.Sql("DELETE FROM FigureStageMonths;");
            var countsOnly = Stages.Select(c => c with { Keys = [.. c.Keys.Where(k => k != "MemberType")], Sums = [] }).ToArray();
            foreach (var counted in countsOnly) migrationBuilder.Sql(counted.Fill());
            foreach (var counted in countsOnly) foreach (var trigger in counted.Triggers()) migrationBuilder.Sql(trigger);
        }

        /// <summary>One month-count table fed by one fact table on one date (received or responded), with the amounts it adds
        /// up beside the count (each an expression over a fact row, <c>{0}</c> standing for the row: <c>NEW.</c>, <c>OLD.</c>
        /// or nothing). Written out here, not shared, because a migration must never change once shipped.</summary>
        private sealed record Counting(string Facts, string Months, string Basis, string Date, string[] Keys, (string Column, string Of)[] Sums)
        {
            public IEnumerable<string> TriggerNames() => new[] { "Inserted", "Deleted", "Updated" }.Select(when => $"{Facts}_{Basis}_{when}");

            private string SumColumns => string.Concat(Sums.Select(s => $", {s.Column}"));

            /// <summary>Counts and sums of the facts already stored.</summary>
            public string Fill() => $"INSERT INTO {Months} (Basis, Month, {string.Join(", ", Keys)}, N{SumColumns}) "
                + $"SELECT '{Basis}', substr({Date}, 1, 7), {string.Join(", ", Keys)}, COUNT(*){string.Concat(Sums.Select(s => $", SUM({string.Format(s.Of, "")})"))} "
                + $"FROM {Facts} WHERE {Date} IS NOT NULL GROUP BY substr({Date}, 1, 7), {string.Join(", ", Keys)};";

            /// <summary>A fact row written adds one (and its amounts) to its month's combination, made first if new; one
            /// deleted takes them away. Keys compare with IS so that a missing value (no outcome yet) matches a missing value.</summary>
            public IEnumerable<string> Triggers()
            {
                yield return $"CREATE TRIGGER {Facts}_{Basis}_Inserted AFTER INSERT ON {Facts} WHEN NEW.{Date} IS NOT NULL BEGIN {Add("NEW")} END;";
                yield return $"CREATE TRIGGER {Facts}_{Basis}_Deleted AFTER DELETE ON {Facts} WHEN OLD.{Date} IS NOT NULL BEGIN {Take("OLD")} END;";
                yield return $"CREATE TRIGGER {Facts}_{Basis}_Updated AFTER UPDATE ON {Facts} BEGIN "
                    + $"{Take("OLD").Replace("WHERE ", $"WHERE OLD.{Date} IS NOT NULL AND ", StringComparison.Ordinal)} "
                    + $"{Add("NEW").Replace("WHERE ", $"WHERE NEW.{Date} IS NOT NULL AND ", StringComparison.Ordinal)} END;";
            }

            private string Match(string row) =>
                $"Basis = '{Basis}' AND Month = substr({row}.{Date}, 1, 7) AND {string.Join(" AND ", Keys.Select(k => $"{k} IS {row}.{k}"))}";

            private string Add(string row) =>
                $"INSERT INTO {Months} (Basis, Month, {string.Join(", ", Keys)}, N{SumColumns}) "
                + $"SELECT '{Basis}', substr({row}.{Date}, 1, 7), {string.Join(", ", Keys.Select(k => $"{row}.{k}"))}, 0{string.Concat(Sums.Select(_ => ", 0"))} "
                + $"WHERE NOT EXISTS (SELECT 1 FROM {Months} WHERE {Match(row)}); "
                + $"UPDATE {Months} SET N = N + 1{Change(row, "+")} WHERE {Match(row)};";

            private string Take(string row) => $"UPDATE {Months} SET N = N - 1{Change(row, "-")} WHERE {Match(row)};";

            private string Change(string row, string sign) => string.Concat(Sums.Select(s => $", {s.Column} = {s.Column} {sign} {string.Format(s.Of, row + ".")}"));
        }

        private static readonly (string, string)[] DaysTaken =
        [
            ("WorkingDays", "COALESCE({0}WorkingDays, 0)"),
            ("CalendarDays", "COALESCE(CAST(julianday({0}RespondedOn) - julianday({0}OpenedOn) AS INTEGER), 0)"),
        ];

        private static readonly string[] StageKeys = ["Kind", "Stage", "Team", "IsFurthest", "Band", "WithinStatutory", "WithinExtended", "Outcome", "MemberType"];

        private static readonly Counting[] Stages =
        [
            new("FigureStages", "FigureStageMonths", "Received", "ReceivedOn", StageKeys, DaysTaken),
            new("FigureStages", "FigureStageMonths", "Responded", "RespondedOn", StageKeys, DaysTaken),
        ];

        private static readonly Counting[] Resolutions =
        [
            new("FigureResolutions", "FigureResolutionMonths", "Received", "ReceivedOn", ["Kind", "Stage", "Team", "IsFurthest", "Resolution"], []),
            new("FigureResolutions", "FigureResolutionMonths", "Responded", "RespondedOn", ["Kind", "Stage", "Team", "IsFurthest", "Resolution"], []),
        ];
    }
}
