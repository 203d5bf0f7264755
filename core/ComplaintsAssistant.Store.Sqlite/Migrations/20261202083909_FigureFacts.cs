using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsAssistant.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FigureFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FigureCases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FurthestStage = table.Column<int>(type: "INTEGER", nullable: false),
                    ByYoungPerson = table.Column<bool>(type: "INTEGER", nullable: false),
                    MemberType = table.Column<string>(type: "TEXT", nullable: true),
                    ComplimentSource = table.Column<string>(type: "TEXT", nullable: true),
                    ComplimentCategory = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureCases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "FigureConcerns",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    FirstOfCategory = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureConcerns", x => new { x.CaseId, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "FigureStages",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsFurthest = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StatutoryDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Band = table.Column<string>(type: "TEXT", nullable: true),
                    WithinStatutory = table.Column<bool>(type: "INTEGER", nullable: true),
                    WithinExtended = table.Column<bool>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureStages", x => new { x.CaseId, x.Stage });
                });

            migrationBuilder.CreateIndex(
                name: "IX_FigureCases_Kind_ReceivedOn_Team_MemberType_ComplimentSource_ComplimentCategory_ByYoungPerson_FurthestStage",
                table: "FigureCases",
                columns: new[] { "Kind", "ReceivedOn", "Team", "MemberType", "ComplimentSource", "ComplimentCategory", "ByYoungPerson", "FurthestStage" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureConcerns_Kind_ReceivedOn_Category_Outcome_FirstOfCategory_Team",
                table: "FigureConcerns",
                columns: new[] { "Kind", "ReceivedOn", "Category", "Outcome", "FirstOfCategory", "Team" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureStages_Kind_Stage_ReceivedOn_IsFurthest_Band_WithinStatutory_WithinExtended_Team_Outcome",
                table: "FigureStages",
                columns: new[] { "Kind", "Stage", "ReceivedOn", "IsFurthest", "Band", "WithinStatutory", "WithinExtended", "Team", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureStages_Kind_Stage_RespondedOn_IsFurthest_Band_WithinStatutory_WithinExtended_Team_Outcome",
                table: "FigureStages",
                columns: new[] { "Kind", "Stage", "RespondedOn", "IsFurthest", "Band", "WithinStatutory", "WithinExtended", "Team", "Outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FigureCases");

            migrationBuilder.DropTable(
                name: "FigureConcerns");

            migrationBuilder.DropTable(
                name: "FigureStages");
        }
    }
}
