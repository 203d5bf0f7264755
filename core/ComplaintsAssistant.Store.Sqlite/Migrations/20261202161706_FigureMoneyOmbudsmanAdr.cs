using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsAssistant.Store.Sqlite.Migrations
{
    /// <summary>Fact tables for payments, Ombudsman enquiries, escalation requests with their ADR, and stage resolutions.
    /// Cases saved so far have none of these facts, so their case facts are removed (the month counts first, so the case
    /// facts' delete triggers find nothing to take away): every case then has no facts, and the facts backfill (run as
    /// the host starts) saves each case again, writing all its facts anew.</summary>
    public partial class FigureMoneyOmbudsmanAdr : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM FigureCaseMonths;");
            migrationBuilder.Sql("DELETE FROM FigureCases;");

            migrationBuilder.CreateTable(
                name: "FigureEscalations",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToStage = table.Column<int>(type: "INTEGER", nullable: false),
                    EscalationDecision = table.Column<string>(type: "TEXT", nullable: true),
                    AdrMethod = table.Column<string>(type: "TEXT", nullable: true),
                    AdrHeld = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdrResolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    Progressed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureEscalations", x => new { x.CaseId, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "FigureOmbudsman",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: true),
                    LgscoCategory = table.Column<string>(type: "TEXT", nullable: true),
                    OmbudsmanDecision = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Finding = table.Column<string>(type: "TEXT", nullable: true),
                    Remedied = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemedyPence = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureOmbudsman", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "FigurePayments",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PaymentKind = table.Column<string>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: true),
                    Pence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigurePayments", x => new { x.CaseId, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "FigureResolutions",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsFurthest = table.Column<bool>(type: "INTEGER", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureResolutions", x => new { x.CaseId, x.Stage, x.Resolution });
                });

            migrationBuilder.CreateIndex(
                name: "IX_FigureEscalations_Kind_ReceivedOn_ToStage_AdrHeld_AdrResolved_Team",
                table: "FigureEscalations",
                columns: new[] { "Kind", "ReceivedOn", "ToStage", "AdrHeld", "AdrResolved", "Team" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureOmbudsman_Kind_DecidedOn_Team",
                table: "FigureOmbudsman",
                columns: new[] { "Kind", "DecidedOn", "Team" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureOmbudsman_Kind_ReceivedOn_Team",
                table: "FigureOmbudsman",
                columns: new[] { "Kind", "ReceivedOn", "Team" });

            migrationBuilder.CreateIndex(
                name: "IX_FigurePayments_Kind_ReceivedOn_PaymentKind_Stage_Team_Pence",
                table: "FigurePayments",
                columns: new[] { "Kind", "ReceivedOn", "PaymentKind", "Stage", "Team", "Pence" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureResolutions_Kind_ReceivedOn_Stage_IsFurthest_Resolution_Team",
                table: "FigureResolutions",
                columns: new[] { "Kind", "ReceivedOn", "Stage", "IsFurthest", "Resolution", "Team" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureResolutions_Kind_RespondedOn_Stage_IsFurthest_Resolution_Team",
                table: "FigureResolutions",
                columns: new[] { "Kind", "RespondedOn", "Stage", "IsFurthest", "Resolution", "Team" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FigureEscalations");

            migrationBuilder.DropTable(
                name: "FigureOmbudsman");

            migrationBuilder.DropTable(
                name: "FigurePayments");

            migrationBuilder.DropTable(
                name: "FigureResolutions");
        }
    }
}
