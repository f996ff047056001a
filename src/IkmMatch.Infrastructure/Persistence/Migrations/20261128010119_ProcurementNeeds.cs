using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IkmMatch.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProcurementNeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "needs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    industry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    kbli = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    keywords = table.Column<string[]>(type: "text[]", nullable: false),
                    monthly_volume = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    required_certifications = table.Column<string[]>(type: "text[]", nullable: false),
                    preferred_certifications = table.Column<string[]>(type: "text[]", nullable: false),
                    min_tkdn_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    budget = table.Column<long>(type: "bigint", nullable: true),
                    needed_by = table.Column<DateOnly>(type: "date", nullable: false),
                    allow_partial_supply = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_needs", x => x.id);
                    table.ForeignKey(
                        name: "fk_needs_industries_industry_id",
                        column: x => x.industry_id,
                        principalTable: "industries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_needs_created_at",
                table: "needs",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_needs_industry_created",
                table: "needs",
                columns: new[] { "industry_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_needs_status_kbli",
                table: "needs",
                columns: new[] { "status", "kbli" })
                .Annotation("Npgsql:IndexOperators", new[] { "text_ops", "text_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "needs");
        }
    }
}
