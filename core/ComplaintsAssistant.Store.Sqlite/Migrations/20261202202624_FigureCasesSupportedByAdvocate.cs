using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsAssistant.Store.Sqlite.Migrations
{
    /// <summary>Case facts gain whether an advocate supported the child ("11 used an advocate to support them"), counted by
    /// month like the others. The case documents already say it (<c>complainant.supportedByAdvocate</c>, in every document
    /// version), so the column is filled from them here and the month counts are counted again from the facts: no case has to
    /// be saved again, and no case's version moves. Facts kept from destroyed cases have no document and stay "no advocate",
    /// as nothing can say otherwise.</summary>
    public partial class FigureCasesSupportedByAdvocate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Before.TriggerNames()) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");

            migrationBuilder.AddColumn<bool>(
                name: "SupportedByAdvocate",
                table: "FigureCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SupportedByAdvocate",
                table: "FigureCaseMonths",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE FigureCases SET SupportedByAdvocate = 1 WHERE CaseId IN "
                + "(SELECT Id FROM Cases WHERE json_valid(Document) AND json_extract(Document, '$.complainant.supportedByAdvocate') = 1);");
            migrationBuilder.Sql(After.Recount());
            foreach (var trigger in After.Triggers()) migrationBuilder.Sql(trigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in After.TriggerNames()) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");

            migrationBuilder.DropColumn(
                name: "SupportedByAdvocate",
                table: "FigureCases");

            migrationBuilder.DropColumn(
                name: "SupportedByAdvocate",
                table: "FigureCaseMonths");

            migrationBuilder.Sql(Before.Recount());
            foreach (var trigger in Before.Triggers()) migrationBuilder.Sql(trigger);
        }

        /// <summary>The case facts' month counts fed by their triggers on the date received (as in <c>FigureMonthCounts</c>;
        /// written out here, not shared, because a migration must never change once shipped).</summary>
        private sealed record Counting(string Keys)
        {
            private string[] Columns => Keys.Split(", ");

            public IEnumerable<string> TriggerNames() => new[] { "Inserted", "Deleted", "Updated" }.Select(when => $"FigureCases_Received_{when}");

            /// <summary>The month counts made again from the facts, one row per month and combination of keys.</summary>
            public string Recount() =>
                $"DELETE FROM FigureCaseMonths; INSERT INTO FigureCaseMonths (Month, {Keys}, N) "
                + $"SELECT substr(ReceivedOn, 1, 7), {Keys}, COUNT(*) FROM FigureCases WHERE ReceivedOn IS NOT NULL "
                + $"GROUP BY substr(ReceivedOn, 1, 7), {Keys};";

            /// <summary>A fact row written adds one to its month's combination (made first if new); one deleted takes one away.
            /// Keys compare with IS so that a missing value matches a missing value.</summary>
            public IEnumerable<string> Triggers()
            {
                yield return $"CREATE TRIGGER FigureCases_Received_Inserted AFTER INSERT ON FigureCases WHEN NEW.ReceivedOn IS NOT NULL BEGIN {Add("NEW")} END;";
                yield return $"CREATE TRIGGER FigureCases_Received_Deleted AFTER DELETE ON FigureCases WHEN OLD.ReceivedOn IS NOT NULL BEGIN {Take("OLD")} END;";
                yield return "CREATE TRIGGER FigureCases_Received_Updated AFTER UPDATE ON FigureCases BEGIN "
                    + $"{Take("OLD").Replace("WHERE ", "WHERE OLD.ReceivedOn IS NOT NULL AND ", StringComparison.Ordinal)} "
                    + $"{Add("NEW").Replace("WHERE ", "WHERE NEW.ReceivedOn IS NOT NULL AND ", StringComparison.Ordinal)} END;";
            }

            private string Match(string row) =>
                $"Month = substr({row}.ReceivedOn, 1, 7) AND {string.Join(" AND ", Columns.Select(k => $"{k} IS {row}.{k}"))}";

            private string Add(string row) =>
                $"INSERT INTO FigureCaseMonths (Month, {Keys}, N) "
                + $"SELECT substr({row}.ReceivedOn, 1, 7), {string.Join(", ", Columns.Select(k => $"{row}.{k}"))}, 0 "
                + $"WHERE NOT EXISTS (SELECT 1 FROM FigureCaseMonths WHERE {Match(row)}); "
                + $"UPDATE FigureCaseMonths SET N = N + 1 WHERE {Match(row)};";

            private string Take(string row) => $"UPDATE FigureCaseMonths SET N = N - 1 WHERE {Match(row)};";
        }

        private static readonly Counting Before =
            new("Kind, Team, FurthestStage, ByYoungPerson, MemberType, ComplimentSource, ComplimentCategory, HowReceived, Relationship");

        private static readonly Counting After =
            new("Kind, Team, FurthestStage, ByYoungPerson, SupportedByAdvocate, MemberType, ComplimentSource, ComplimentCategory, HowReceived, Relationship");
    }
}
