using FluentValidation;
using IkmMatch.Application.Common.Validation;
using IkmMatch.Domain.Partnerships;

namespace IkmMatch.Application.Partnerships;

public sealed class PartnershipRequestValidator : AbstractValidator<PartnershipRequest>
{
    public PartnershipRequestValidator()
    {
        RuleFor(x => x.IkmId).NotEmpty().WithMessage("ikmId is required.");
        RuleFor(x => x.Pattern).DefinedEnum();
        RuleFor(x => x.Notes).OptionalText(RegistryRules.DescriptionMaxLength);
        RuleFor(x => x.NeedId)
            .Must((request, needId) => (needId is null) != (request.IndustryId is null))
            .WithMessage("Give exactly one of needId (a partnership from a need) or industryId (a partnership without a need).");
        RuleFor(x => x.NeedId).NotEqual(Guid.Empty).WithMessage("needId must not be the empty UUID.");
        RuleFor(x => x.IndustryId).NotEqual(Guid.Empty).WithMessage("industryId must not be the empty UUID.");
    }
}

internal static class TransitionRules
{
    public const int NoteMaxLength = 2000;

    public static IRuleBuilderOptions<T, string?> Note<T>(this IRuleBuilder<T, string?> rule) => rule.OptionalText(NoteMaxLength);

    public static IRuleBuilderOptions<T, string> Reason<T>(this IRuleBuilder<T, string> rule) => rule.RequiredText(NoteMaxLength);
}

public sealed class RejectPartnershipRequestValidator : AbstractValidator<RejectPartnershipRequest>
{
    public RejectPartnershipRequestValidator() => RuleFor(x => x.Reason).Reason();
}

public sealed class TerminatePartnershipRequestValidator : AbstractValidator<TerminatePartnershipRequest>
{
    public TerminatePartnershipRequestValidator() => RuleFor(x => x.Reason).Reason();
}

public sealed class AcceptPartnershipRequestValidator : AbstractValidator<AcceptPartnershipRequest>
{
    public AcceptPartnershipRequestValidator() => RuleFor(x => x.Note).Note();
}

public sealed class WithdrawPartnershipRequestValidator : AbstractValidator<WithdrawPartnershipRequest>
{
    public WithdrawPartnershipRequestValidator() => RuleFor(x => x.Reason).Note();
}

public sealed class ActivatePartnershipRequestValidator : AbstractValidator<ActivatePartnershipRequest>
{
    public ActivatePartnershipRequestValidator()
    {
        RuleFor(x => x.ContractValue).GreaterThanOrEqualTo(0).WithMessage("contractValue must be 0 or more (whole rupiah).");
        RuleFor(x => x.EndDate).GreaterThanOrEqualTo(x => x.StartDate).WithMessage("endDate must be on or after startDate.");
    }
}

public sealed class CompletePartnershipRequestValidator : AbstractValidator<CompletePartnershipRequest>
{
    public CompletePartnershipRequestValidator()
    {
        RuleFor(x => x.Rating).InclusiveBetween(Partnership.MinRating, Partnership.MaxRating)
            .WithMessage($"rating must be between {Partnership.MinRating} and {Partnership.MaxRating}.");
        RuleFor(x => x.JobsCreated).GreaterThanOrEqualTo(0).WithMessage("jobsCreated must be 0 or more.");
        RuleFor(x => x.Note).Note();
    }
}
