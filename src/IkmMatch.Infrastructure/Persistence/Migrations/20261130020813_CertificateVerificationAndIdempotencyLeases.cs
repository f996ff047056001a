using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IkmMatch.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CertificateVerificationAndIdempotencyLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "verified_by",
                table: "ikms",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "verified",
                table: "ikm_certifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "verified_at",
                table: "ikm_certifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "verified_by",
                table: "ikm_certifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Before the index: of running partnerships without a need between one industry and one IKM (concurrent
            // proposals could make several), the first stays; the others end, with a history entry saying why.
            migrationBuilder.Sql("""
                WITH ranked AS (
                    SELECT id, status,
                           first_value(id) OVER (PARTITION BY industry_id, ikm_id ORDER BY created_at, id) AS kept,
                           row_number() OVER (PARTITION BY industry_id, ikm_id ORDER BY created_at, id) AS n
                    FROM partnerships
                    WHERE need_id IS NULL AND status IN ('Proposed', 'Accepted', 'Active')),
                duplicates AS (
                    SELECT id, status, kept, CASE WHEN status = 'Active' THEN 'Terminated' ELSE 'Withdrawn' END AS ended
                    FROM ranked WHERE n > 1),
                history AS (
                    INSERT INTO partnership_history (id, partnership_id, sequence, "from", "to", at, actor, note)
                    SELECT gen_random_uuid(), d.id,
                           (SELECT coalesce(max(h.sequence), 0) + 1 FROM partnership_history h WHERE h.partnership_id = d.id),
                           d.status, d.ended, now(), 'system', 'Duplicate of partnership ' || d.kept || ' with the same industry and IKM.'
                    FROM duplicates d)
                UPDATE partnerships p SET status = d.ended, updated_at = now(), version = p.version + 1
                FROM duplicates d WHERE p.id = d.id;
                """);

            migrationBuilder.CreateIndex(
                name: "ux_partnerships_direct_running",
                table: "partnerships",
                columns: new[] { "industry_id", "ikm_id" },
                unique: true,
                filter: "need_id IS NULL AND status IN ('Proposed', 'Accepted', 'Active')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_partnerships_direct_running",
                table: "partnerships");

            migrationBuilder.DropColumn(
                name: "verified_by",
                table: "ikms");

            migrationBuilder.DropColumn(
                name: "verified",
                table: "ikm_certifications");

            migrationBuilder.DropColumn(
                name: "verified_at",
                table: "ikm_certifications");

            migrationBuilder.DropColumn(
                name: "verified_by",
                table: "ikm_certifications");
        }
    }
}
