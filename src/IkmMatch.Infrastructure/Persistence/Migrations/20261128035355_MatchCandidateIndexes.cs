using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IkmMatch.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MatchCandidateIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ikm_certifications_ikm_id",
                table: "ikm_certifications");

            migrationBuilder.DropIndex(
                name: "ix_ikm_capabilities_kbli",
                table: "ikm_capabilities");

            // A stored generated column: PostgreSQL fills it for the existing capabilities and keeps it in step with kbli.
            migrationBuilder.AddColumn<string>(
                name: "division",
                table: "ikm_capabilities",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true,
                computedColumnSql: "substr(kbli, 1, 2)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_ikm_completed",
                table: "partnerships",
                column: "ikm_id",
                filter: "status = 'Completed'")
                .Annotation("Npgsql:IndexInclude", new[] { "rating" });

            migrationBuilder.CreateIndex(
                name: "ix_ikms_id_matching",
                table: "ikms",
                column: "id")
                .Annotation("Npgsql:IndexInclude", new[] { "status", "kecamatan", "verified" });

            migrationBuilder.CreateIndex(
                name: "ix_ikm_certifications_ikm_id",
                table: "ikm_certifications",
                column: "ikm_id")
                .Annotation("Npgsql:IndexInclude", new[] { "type", "valid_until", "tkdn_percent" });

            migrationBuilder.CreateIndex(
                name: "ix_ikm_capabilities_division_ikm_id",
                table: "ikm_capabilities",
                columns: new[] { "division", "ikm_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "kbli", "unit", "monthly_capacity" });

            migrationBuilder.CreateIndex(
                name: "ix_ikm_capabilities_kbli",
                table: "ikm_capabilities",
                column: "kbli")
                .Annotation("Npgsql:IndexInclude", new[] { "ikm_id" })
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            // The registry list's order (lower(name), id) among active IKM, read from the index: a page of a filtered
            // list walks it and stops after the page instead of sorting every IKM. (An expression index: raw SQL.)
            migrationBuilder.Sql("CREATE INDEX ix_ikms_active_lower_name ON ikms (lower(name), id) WHERE status = 'Active'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_ikms_active_lower_name");

            migrationBuilder.DropIndex(
                name: "ix_partnerships_ikm_completed",
                table: "partnerships");

            migrationBuilder.DropIndex(
                name: "ix_ikms_id_matching",
                table: "ikms");

            migrationBuilder.DropIndex(
                name: "ix_ikm_certifications_ikm_id",
                table: "ikm_certifications");

            migrationBuilder.DropIndex(
                name: "ix_ikm_capabilities_division_ikm_id",
                table: "ikm_capabilities");

            migrationBuilder.DropIndex(
                name: "ix_ikm_capabilities_kbli",
                table: "ikm_capabilities");

            migrationBuilder.DropColumn(
                name: "division",
                table: "ikm_capabilities");

            migrationBuilder.CreateIndex(
                name: "ix_ikm_certifications_ikm_id",
                table: "ikm_certifications",
                column: "ikm_id");

            migrationBuilder.CreateIndex(
                name: "ix_ikm_capabilities_kbli",
                table: "ikm_capabilities",
                column: "kbli")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }
    }
}
