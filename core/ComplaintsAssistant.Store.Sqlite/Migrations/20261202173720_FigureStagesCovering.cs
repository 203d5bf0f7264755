using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsAssistant.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FigureStagesCovering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FigureStages_Kind_Stage_ReceivedOn_IsFurthest_Band_WithinStatutory_WithinExtended_Team_Outcome",
                table: "FigureStages");

            migrationBuilder.DropIndex(
                name: "IX_FigureStages_Kind_Stage_RespondedOn_IsFurthest_Band_WithinStatutory_WithinExtended_Team_Outcome",
                table: "FigureStages");

            migrationBuilder.CreateIndex(
                name: "IX_FigureStages_Kind_Stage_ReceivedOn_IsFurthest_Band_WithinStatutory_WithinExtended_Team_Outcome_WorkingDays_OpenedOn_RespondedOn_CaseId",
                table: "FigureStages",
                columns: new[] { "Kind", "Stage", "ReceivedOn", "IsFurthest", "Band", "WithinStatutory", "WithinExtended", "Team", "Outcome", "WorkingDays", "OpenedOn", "RespondedOn", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureStages_Kind_Stage_RespondedOn_IsFurthest_Band_WithinStatutory_WithinExtended_Team_Outcome_WorkingDays_OpenedOn_ReceivedOn_CaseId",
                table: "FigureStages",
                columns: new[] { "Kind", "Stage", "RespondedOn", "IsFurthest", "Band", "WithinStatutory", "WithinExtended", "Team", "Outcome", "WorkingDays", "OpenedOn", "ReceivedOn", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FigureStages_Kind_Stage_ReceivedOn_IsFurthest_Band_WithinStatutory_WithinExtended_Team_Outcome_WorkingDays_OpenedOn_RespondedOn_CaseId",
                table: "FigureStages");

            migrationBuilder.DropIndex(
                name: "IX_FigureStages_Kind_Stage_RespondedOn_IsFurthest_Band_WithinStatutory_WithinExtended_Team_Outcome_WorkingDays_OpenedOn_ReceivedOn_CaseId",
                table: "FigureStages");

            migrationBuilder.CreateIndex(
                name: "IX_FigureStages_Kind_Stage_ReceivedOn_IsFurthest_Band_WithinStatutory_WithinExtended_Team_Outcome",
                table: "FigureStages",
                columns: new[] { "Kind", "Stage", "ReceivedOn", "IsFurthest", "Band", "WithinStatutory", "WithinExtended", "Team", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureStages_Kind_Stage_RespondedOn_IsFurthest_Band_WithinStatutory_WithinExtended_Team_Outcome",
                table: "FigureStages",
                columns: new[] { "Kind", "Stage", "RespondedOn", "IsFurthest", "Band", "WithinStatutory", "WithinExtended", "Team", "Outcome" });
        }
    }
}
