using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IkmMatch.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Partnerships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partnerships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    need_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ikm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    industry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pattern = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    match_snapshot = table.Column<string>(type: "jsonb", nullable: true),
                    contract_value = table.Column<long>(type: "bigint", nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    rating = table.Column<int>(type: "integer", nullable: true),
                    jobs_created = table.Column<int>(type: "integer", nullable: true),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnerships", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnerships_ikms_ikm_id",
                        column: x => x.ikm_id,
                        principalTable: "ikms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partnerships_industries_industry_id",
                        column: x => x.industry_id,
                        principalTable: "industries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partnerships_needs_need_id",
                        column: x => x.need_id,
                        principalTable: "needs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partnership_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_history_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_partnership_history_partnership_id_sequence",
                table: "partnership_history",
                columns: new[] { "partnership_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_created_at",
                table: "partnerships",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_ikm_status",
                table: "partnerships",
                columns: new[] { "ikm_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_industry_status",
                table: "partnerships",
                columns: new[] { "industry_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_status_pattern",
                table: "partnerships",
                columns: new[] { "status", "pattern" });

            migrationBuilder.CreateIndex(
                name: "ux_partnerships_need_ikm_running",
                table: "partnerships",
                columns: new[] { "need_id", "ikm_id" },
                unique: true,
                filter: "need_id IS NOT NULL AND status IN ('Proposed', 'Accepted', 'Active')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partnership_history");

            migrationBuilder.DropTable(
                name: "partnerships");
        }
    }
}
