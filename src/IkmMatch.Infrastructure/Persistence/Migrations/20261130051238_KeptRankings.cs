using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IkmMatch.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class KeptRankings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "need_rankings",
                columns: table => new
                {
                    need_id = table.Column<Guid>(type: "uuid", nullable: false),
                    model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    position = table.Column<long>(type: "bigint", nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    total = table.Column<int>(type: "integer", nullable: false),
                    eligible = table.Column<int>(type: "integer", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_need_rankings", x => x.need_id);
                    table.ForeignKey(
                        name: "fk_need_rankings_needs_need_id",
                        column: x => x.need_id,
                        principalTable: "needs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tender_alerts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ikm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    need_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<decimal>(type: "numeric(6,2)", nullable: false),
                    position = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tender_alerts", x => x.id);
                    table.ForeignKey(
                        name: "fk_tender_alerts_ikms_ikm_id",
                        column: x => x.ikm_id,
                        principalTable: "ikms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tender_alerts_needs_need_id",
                        column: x => x.need_id,
                        principalTable: "needs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "need_ranking_entries",
                columns: table => new
                {
                    need_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ikm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    eligible = table.Column<bool>(type: "boolean", nullable: false),
                    score = table.Column<decimal>(type: "numeric(6,2)", nullable: false),
                    unmet = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_need_ranking_entries", x => new { x.need_id, x.ikm_id });
                    table.ForeignKey(
                        name: "fk_need_ranking_entries_need_rankings_need_id",
                        column: x => x.need_id,
                        principalTable: "need_rankings",
                        principalColumn: "need_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_need_ranking_entries_ikm_id",
                table: "need_ranking_entries",
                column: "ikm_id");

            migrationBuilder.CreateIndex(
                name: "ix_need_ranking_entries_top",
                table: "need_ranking_entries",
                columns: new[] { "need_id", "eligible", "score", "ikm_id" },
                descending: new[] { false, true, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_need_rankings_requested_at",
                table: "need_rankings",
                column: "requested_at",
                filter: "requested_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tender_alerts_ikm_newest",
                table: "tender_alerts",
                columns: new[] { "ikm_id", "created_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_tender_alerts_need_id",
                table: "tender_alerts",
                column: "need_id");

            migrationBuilder.CreateIndex(
                name: "ux_tender_alerts_ikm_need",
                table: "tender_alerts",
                columns: new[] { "ikm_id", "need_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "need_ranking_entries");

            migrationBuilder.DropTable(
                name: "tender_alerts");

            migrationBuilder.DropTable(
                name: "need_rankings");
        }
    }
}
