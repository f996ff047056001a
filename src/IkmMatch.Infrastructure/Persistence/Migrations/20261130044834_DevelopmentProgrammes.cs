using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IkmMatch.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DevelopmentProgrammes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    organiser_industry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    budget = table.Column<long>(type: "bigint", nullable: false),
                    certifications = table.Column<string[]>(type: "text[]", nullable: false),
                    kbli_divisions = table.Column<string[]>(type: "text[]", nullable: false),
                    topics = table.Column<string[]>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programmes", x => x.id);
                    table.ForeignKey(
                        name: "fk_programmes_industries_organiser_industry_id",
                        column: x => x.organiser_industry_id,
                        principalTable: "industries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ikm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applied = table.Column<bool>(type: "boolean", nullable: false),
                    enrolled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    enrolled_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    attendance_percent = table.Column<int>(type: "integer", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    certificate_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    certificate_number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    certificate_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    certificate_valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    workforce_after = table.Column<int>(type: "integer", nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_enrolments", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_enrolments_ikms_ikm_id",
                        column: x => x.ikm_id,
                        principalTable: "ikms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_enrolments_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_history_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_programme_enrolments_ikm_id",
                table: "programme_enrolments",
                column: "ikm_id");

            migrationBuilder.CreateIndex(
                name: "ux_programme_enrolments_programme_ikm",
                table: "programme_enrolments",
                columns: new[] { "programme_id", "ikm_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programme_history_programme_id_sequence",
                table: "programme_history",
                columns: new[] { "programme_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programmes_organiser_industry_id",
                table: "programmes",
                column: "organiser_industry_id");

            migrationBuilder.CreateIndex(
                name: "ix_programmes_status_start_date",
                table: "programmes",
                columns: new[] { "status", "start_date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programme_enrolments");

            migrationBuilder.DropTable(
                name: "programme_history");

            migrationBuilder.DropTable(
                name: "programmes");
        }
    }
}
