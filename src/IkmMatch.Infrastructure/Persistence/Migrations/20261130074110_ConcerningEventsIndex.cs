using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IkmMatch.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ConcerningEventsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_outbox_events_concerning",
                table: "outbox_events",
                column: "position",
                filter: "type <> 'ikm.alerted'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_events_concerning",
                table: "outbox_events");
        }
    }
}
