using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Programmes.ListProgrammes;

public sealed class ListProgrammesQueryValidator : AbstractValidator<ListProgrammesQuery>
{
    public ListProgrammesQueryValidator()
    {
        this.Paging();
        RuleFor(x => x.Status).DefinedEnum();
        RuleFor(x => x.Kind).DefinedEnum();
    }
}
