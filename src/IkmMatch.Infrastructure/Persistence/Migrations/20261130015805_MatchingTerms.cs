using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IkmMatch.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MatchingTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "search_terms",
                table: "needs",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AlterColumn<string>(
                name: "type",
                table: "ikm_certifications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10);

            migrationBuilder.AddColumn<string[]>(
                name: "name_terms",
                table: "ikm_capabilities",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string[]>(
                name: "terms",
                table: "ikm_capabilities",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.CreateIndex(
                name: "ix_needs_search_terms",
                table: "needs",
                column: "search_terms")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_ikm_capabilities_terms",
                table: "ikm_capabilities",
                column: "terms")
                .Annotation("Npgsql:IndexMethod", "gin");

            // The version of the matching language the stored terms were analysed with (TermIndex): none yet, so the
            // API analyses every capability and need when it starts.
            migrationBuilder.Sql("CREATE TABLE matching_language (id integer PRIMARY KEY CHECK (id = 1), version text NOT NULL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE matching_language");

            migrationBuilder.DropIndex(
                name: "ix_needs_search_terms",
                table: "needs");

            migrationBuilder.DropIndex(
                name: "ix_ikm_capabilities_terms",
                table: "ikm_capabilities");

            migrationBuilder.DropColumn(
                name: "search_terms",
                table: "needs");

            migrationBuilder.DropColumn(
                name: "name_terms",
                table: "ikm_capabilities");

            migrationBuilder.DropColumn(
                name: "terms",
                table: "ikm_capabilities");

            migrationBuilder.AlterColumn<string>(
                name: "type",
                table: "ikm_certifications",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);
        }
    }
}
