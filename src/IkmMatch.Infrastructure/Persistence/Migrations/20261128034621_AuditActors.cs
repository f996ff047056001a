using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IkmMatch.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditActors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "needs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "system");

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "needs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "system");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "industries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "system");

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "industries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "system");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "ikms",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "system");

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "ikms",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "system");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "created_by",
                table: "needs");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "needs");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "industries");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "industries");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "ikms");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "ikms");
        }
    }
}
