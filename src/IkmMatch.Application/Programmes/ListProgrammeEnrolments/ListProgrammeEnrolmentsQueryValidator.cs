using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Programmes.ListProgrammeEnrolments;

public sealed class ListProgrammeEnrolmentsQueryValidator : AbstractValidator<ListProgrammeEnrolmentsQuery>
{
    public ListProgrammeEnrolmentsQueryValidator()
    {
        this.Paging();
        RuleFor(x => x.Status).DefinedEnum();
    }
}
