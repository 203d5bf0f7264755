using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsAssistant.Store.Sqlite.Migrations
{
    /// <summary>Case facts gain how the case was received and who complained; a new fact table holds each child for the
    /// equalities tables, counted by month like the others. The case facts written so far lack the new values, so they
    /// are removed: every case then has no facts, and the facts backfill (run as the host starts) saves each case again,
    /// writing all its facts anew.</summary>
    public partial class FigureChildrenAndHowReceived : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in OldCases.TriggerNames()) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            migrationBuilder.Sql("DELETE FROM FigureCaseMonths;");
            migrationBuilder.Sql("DELETE FROM FigureCases;");

            migrationBuilder.AddColumn<string>(
                name: "HowReceived",
                table: "FigureCases",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Relationship",
                table: "FigureCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HowReceived",
                table: "FigureCaseMonths",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Relationship",
                table: "FigureCaseMonths",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FigureChildMonths",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", nullable: false),
                    Ethnicity = table.Column<string>(type: "TEXT", nullable: false),
                    EthnicGroup = table.Column<string>(type: "TEXT", nullable: false),
                    Disability = table.Column<string>(type: "TEXT", nullable: false),
                    N = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureChildMonths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FigureChildren",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", nullable: false),
                    Ethnicity = table.Column<string>(type: "TEXT", nullable: false),
                    EthnicGroup = table.Column<string>(type: "TEXT", nullable: false),
                    Disability = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureChildren", x => new { x.CaseId, x.Number });
                });

            migrationBuilder.CreateIndex(
                name: "IX_FigureChildMonths_Kind_Month_Team",
                table: "FigureChildMonths",
                columns: new[] { "Kind", "Month", "Team" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureChildren_Kind_ReceivedOn_Team",
                table: "FigureChildren",
                columns: new[] { "Kind", "ReceivedOn", "Team" });

            foreach (var counted in new[] { Cases, Children })
                foreach (var trigger in counted.Triggers()) migrationBuilder.Sql(trigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Cases.TriggerNames().Concat(Children.TriggerNames())) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            migrationBuilder.Sql("DELETE FROM FigureCaseMonths;");
            migrationBuilder.Sql("DELETE FROM FigureCases;");
            migrationBuilder.DropTable(
                name: "FigureChildMonths");

            migrationBuilder.DropTable(
                name: "FigureChildren");

            migrationBuilder.DropColumn(
                name: "HowReceived",
                table: "FigureCases");

            migrationBuilder.DropColumn(
                name: "Relationship",
                table: "FigureCases");

            migrationBuilder.DropColumn(
                name: "HowReceived",
                table: "FigureCaseMonths");

            migrationBuilder.DropColumn(
                name: "Relationship",
                table: "FigureCaseMonths");

            foreach (var trigger in OldCases.Triggers()) migrationBuilder.Sql(trigger);
        }

        /// <summary>One month-count table fed by one fact table on the date received (as in <c>FigureMonthCounts</c>; written
        /// out here, not shared, because a migration must never change once shipped).</summary>
        private sealed record Counting(string Facts, string Months, string Keys)
        {
            private string[] Columns => Keys.Split(", ");

            public IEnumerable<string> TriggerNames() => new[] { "Inserted", "Deleted", "Updated" }.Select(when => $"{Facts}_Received_{when}");

            /// <summary>A fact row written adds one to its month's combination (made first if new); one deleted takes one away.
            /// Keys compare with IS so that a missing value matches a missing value.</summary>
            public IEnumerable<string> Triggers()
            {
                yield return $"CREATE TRIGGER {Facts}_Received_Inserted AFTER INSERT ON {Facts} WHEN NEW.ReceivedOn IS NOT NULL BEGIN {Add("NEW")} END;";
                yield return $"CREATE TRIGGER {Facts}_Received_Deleted AFTER DELETE ON {Facts} WHEN OLD.ReceivedOn IS NOT NULL BEGIN {Take("OLD")} END;";
                yield return $"CREATE TRIGGER {Facts}_Received_Updated AFTER UPDATE ON {Facts} BEGIN "
                    + $"{Take("OLD").Replace("WHERE ", "WHERE OLD.ReceivedOn IS NOT NULL AND ", StringComparison.Ordinal)} "
                    + $"{Add("NEW").Replace("WHERE ", "WHERE NEW.ReceivedOn IS NOT NULL AND ", StringComparison.Ordinal)} END;";
            }

            private string Match(string row) =>
                $"Month = substr({row}.ReceivedOn, 1, 7) AND {string.Join(" AND ", Columns.Select(k => $"{k} IS {row}.{k}"))}";

            private string Add(string row) =>
                $"INSERT INTO {Months} (Month, {Keys}, N) "
                + $"SELECT substr({row}.ReceivedOn, 1, 7), {string.Join(", ", Columns.Select(k => $"{row}.{k}"))}, 0 "
                + $"WHERE NOT EXISTS (SELECT 1 FROM {Months} WHERE {Match(row)}); "
                + $"UPDATE {Months} SET N = N + 1 WHERE {Match(row)};";

            private string Take(string row) => $"UPDATE {Months} SET N = N - 1 WHERE {Match(row)};";
        }

        private static readonly Counting OldCases = new("FigureCases", "FigureCaseMonths",
            "Kind, Team, FurthestStage, ByYoungPerson, MemberType, ComplimentSource, ComplimentCategory");

        private static readonly Counting Cases = new("FigureCases", "FigureCaseMonths",
            "Kind, Team, FurthestStage, ByYoungPerson, MemberType, ComplimentSource, ComplimentCategory, HowReceived, Relationship");

        private static readonly Counting Children = new("FigureChildren", "FigureChildMonths",
            "Kind, Team, AgeBand, Gender, Ethnicity, EthnicGroup, Disability");
    }
}
