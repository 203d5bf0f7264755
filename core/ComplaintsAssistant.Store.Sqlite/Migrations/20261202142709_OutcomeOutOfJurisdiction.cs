using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsAssistant.Store.Sqlite.Migrations
{
    /// <summary>Document version 2 calls the outcome "rejected" out of jurisdiction (docs/decisions/0012-figures-vocabulary.md):
    /// facts written before it say so too. Updating the fact rows fires the month-count triggers, which move each count
    /// from the old value to the new.</summary>
    public partial class OutcomeOutOfJurisdiction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE FigureStages SET Outcome = 'OutOfJurisdiction' WHERE Outcome = 'Rejected';");
            migrationBuilder.Sql("UPDATE FigureConcerns SET Outcome = 'OutOfJurisdiction' WHERE Outcome = 'Rejected';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE FigureStages SET Outcome = 'Rejected' WHERE Outcome = 'OutOfJurisdiction';");
            migrationBuilder.Sql("UPDATE FigureConcerns SET Outcome = 'Rejected' WHERE Outcome = 'OutOfJurisdiction';");
        }
    }
}
