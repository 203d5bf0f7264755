using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsAssistant.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CasesPromptOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PromptOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PromptOn_Reference",
                table: "Cases",
                columns: new[] { "PromptOn", "Reference" });

            // Cases already stored: their running clock and open learning actions' targets, the earliest of them. An
            // outstanding acknowledgement needs the council's timescales, which SQL can't see: it is indexed the next time
            // the case is saved (until then its prompts start with the running clock's).
            migrationBuilder.Sql("""
                UPDATE Cases SET PromptOn = NULLIF(MIN(
                    COALESCE(DueOn, '9999-12-31'),
                    COALESCE((SELECT MIN(l.TargetDate) FROM LearningActions l WHERE l.CaseId = Cases.Id AND l.Status IN ('Open', 'InProgress')), '9999-12-31')),
                    '9999-12-31');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_PromptOn_Reference",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PromptOn",
                table: "Cases");
        }
    }
}
