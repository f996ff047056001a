using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Ikms.ImportIkms;

/// <summary>Only the size of the batch; each row is validated by the handler with <see cref="IkmRequestValidator"/>, so that one bad row rejects only itself.</summary>
public sealed class ImportIkmsCommandValidator : AbstractValidator<ImportIkmsCommand>
{
    public ImportIkmsCommandValidator()
    {
        RuleFor(x => x.Rows)
            .Must(rows => rows.Count is > 0 and <= ImportIkmsCommand.MaxRows)
            .OverridePropertyName("$")
            .Say("validation.importRows", ImportIkmsCommand.MaxRows);
    }
}
