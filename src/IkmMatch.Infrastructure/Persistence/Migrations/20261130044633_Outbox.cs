using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IkmMatch.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Outbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The gap-free numbering of events: one counter row, taken by each event as it is inserted and held until its
            // transaction ends, so numbers follow commit order and a rolled-back transaction gives its numbers back. The
            // notification is delivered to listening processes when the transaction commits (once per transaction).
            migrationBuilder.Sql("""
                CREATE TABLE outbox_sequence (id integer PRIMARY KEY CHECK (id = 1), last bigint NOT NULL);
                INSERT INTO outbox_sequence (id, last) VALUES (1, 0);
                CREATE FUNCTION outbox_next_position() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
                DECLARE
                    reached bigint;
                BEGIN
                    UPDATE outbox_sequence SET last = last + 1 WHERE id = 1 RETURNING last INTO reached;
                    PERFORM pg_notify('outbox_events', '');
                    RETURN reached;
                END
                $$;
                CREATE TABLE outbox_consumers (
                    name text PRIMARY KEY,
                    position bigint NOT NULL,
                    updated_at timestamp with time zone NOT NULL);
                """);

            migrationBuilder.CreateTable(
                name: "outbox_events",
                columns: table => new
                {
                    position = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "outbox_next_position()"),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    subject = table.Column<Guid>(type: "uuid", nullable: false),
                    ikm_id = table.Column<Guid>(type: "uuid", nullable: true),
                    industry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_events", x => x.position);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_events_ikm_id",
                table: "outbox_events",
                columns: new[] { "ikm_id", "position" },
                filter: "ikm_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_events_industry_id",
                table: "outbox_events",
                columns: new[] { "industry_id", "position" },
                filter: "industry_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_events_occurred_at",
                table: "outbox_events",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ux_outbox_events_id",
                table: "outbox_events",
                column: "id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_events");

            migrationBuilder.Sql("""
                DROP TABLE outbox_consumers;
                DROP FUNCTION outbox_next_position();
                DROP TABLE outbox_sequence;
                """);
        }
    }
}
