using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsAssistant.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FigureMonthCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FigureCaseMonths",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    FurthestStage = table.Column<int>(type: "INTEGER", nullable: false),
                    ByYoungPerson = table.Column<bool>(type: "INTEGER", nullable: false),
                    MemberType = table.Column<string>(type: "TEXT", nullable: true),
                    ComplimentSource = table.Column<string>(type: "TEXT", nullable: true),
                    ComplimentCategory = table.Column<string>(type: "TEXT", nullable: true),
                    N = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureCaseMonths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FigureConcernMonths",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    FirstOfCategory = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    N = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureConcernMonths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FigureStageMonths",
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
                    Band = table.Column<string>(type: "TEXT", nullable: true),
                    WithinStatutory = table.Column<bool>(type: "INTEGER", nullable: true),
                    WithinExtended = table.Column<bool>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    N = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureStageMonths", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FigureCaseMonths_Kind_Month_Team",
                table: "FigureCaseMonths",
                columns: new[] { "Kind", "Month", "Team" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureConcernMonths_Kind_Month_Team_Category",
                table: "FigureConcernMonths",
                columns: new[] { "Kind", "Month", "Team", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureStageMonths_Basis_Kind_Stage_Month_Team",
                table: "FigureStageMonths",
                columns: new[] { "Basis", "Kind", "Stage", "Month", "Team" });

            // Counts for the facts already stored, then triggers that keep them in step with every later write to the facts.
            foreach (var counted in Counted) migrationBuilder.Sql(counted.Fill());
            foreach (var counted in Counted) foreach (var trigger in counted.Triggers()) migrationBuilder.Sql(trigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var counted in Counted)
                foreach (var when in new[] { "Inserted", "Deleted", "Updated" })
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {counted.Facts}_{counted.Basis}_{when};");

            migrationBuilder.DropTable(
                name: "FigureCaseMonths");

            migrationBuilder.DropTable(
                name: "FigureConcernMonths");

            migrationBuilder.DropTable(
                name: "FigureStageMonths");
        }
    
        /// <summary>One month-count table fed by one fact table on one date: stage facts feed two (received and responded).
        /// Written out here, not shared, because a migration must never change once shipped.</summary>
        private sealed record Counting(string Facts, string Months, string Basis, string Date, string[] Keys)
        {
            private string BasisColumn => Facts == "FigureStages" ? "Basis, " : "";
            private string BasisValue => Facts == "FigureStages" ? $"'{Basis}', " : "";
            private string BasisMatch => Facts == "FigureStages" ? $"Basis = '{Basis}' AND " : "";

            /// <summary>Counts of the facts already stored.</summary>
            public string Fill() => $"INSERT INTO {Months} ({BasisColumn}Month, {string.Join(", ", Keys)}, N) "
                + $"SELECT {BasisValue}substr({Date}, 1, 7), {string.Join(", ", Keys)}, COUNT(*) FROM {Facts} WHERE {Date} IS NOT NULL "
                + $"GROUP BY substr({Date}, 1, 7), {string.Join(", ", Keys)};";

            /// <summary>A fact row written adds one to its month's combination (made first if new); one deleted takes one
            /// away. Keys compare with IS so that a missing value (no outcome yet) matches a missing value.</summary>
            public IEnumerable<string> Triggers()
            {
                yield return $"CREATE TRIGGER {Facts}_{Basis}_Inserted AFTER INSERT ON {Facts} WHEN NEW.{Date} IS NOT NULL BEGIN {Add("NEW")} END;";
                yield return $"CREATE TRIGGER {Facts}_{Basis}_Deleted AFTER DELETE ON {Facts} WHEN OLD.{Date} IS NOT NULL BEGIN {Take("OLD")} END;";
                yield return $"CREATE TRIGGER {Facts}_{Basis}_Updated AFTER UPDATE ON {Facts} BEGIN "
                    + $"{Take("OLD").Replace("WHERE ", $"WHERE OLD.{Date} IS NOT NULL AND ", StringComparison.Ordinal)} "
                    + $"{Add("NEW").Replace("WHERE ", $"WHERE NEW.{Date} IS NOT NULL AND ", StringComparison.Ordinal)} END;";
            }

            private string Match(string row) =>
                $"{BasisMatch}Month = substr({row}.{Date}, 1, 7) AND {string.Join(" AND ", Keys.Select(k => $"{k} IS {row}.{k}"))}";

            private string Add(string row) =>
                $"INSERT INTO {Months} ({BasisColumn}Month, {string.Join(", ", Keys)}, N) "
                + $"SELECT {BasisValue}substr({row}.{Date}, 1, 7), {string.Join(", ", Keys.Select(k => $"{row}.{k}"))}, 0 "
                + $"WHERE NOT EXISTS (SELECT 1 FROM {Months} WHERE {Match(row)}); "
                + $"UPDATE {Months} SET N = N + 1 WHERE {Match(row)};";

            private string Take(string row) => $"UPDATE {Months} SET N = N - 1 WHERE {Match(row)};";
        }

        private static readonly Counting[] Counted =
        [
            new("FigureCases", "FigureCaseMonths", "Received", "ReceivedOn",
                ["Kind", "Team", "FurthestStage", "ByYoungPerson", "MemberType", "ComplimentSource", "ComplimentCategory"]),
            new("FigureStages", "FigureStageMonths", "Received", "ReceivedOn",
                ["Kind", "Stage", "Team", "IsFurthest", "Band", "WithinStatutory", "WithinExtended", "Outcome"]),
            new("FigureStages", "FigureStageMonths", "Responded", "RespondedOn",
                ["Kind", "Stage", "Team", "IsFurthest", "Band", "WithinStatutory", "WithinExtended", "Outcome"]),
            new("FigureConcerns", "FigureConcernMonths", "Received", "ReceivedOn",
                ["Kind", "Team", "Category", "FirstOfCategory", "Outcome"]),
        ];
}
}
