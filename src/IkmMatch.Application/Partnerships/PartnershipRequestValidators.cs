using FluentValidation;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Common.Validation;
using IkmMatch.Domain.Partnerships;

namespace IkmMatch.Application.Partnerships;

public sealed class PartnershipRequestValidator : AbstractValidator<PartnershipRequest>
{
    public PartnershipRequestValidator()
    {
        RuleFor(x => x.IkmId).NotEmpty().Say("validation.ikmIdRequired");
        RuleFor(x => x.Pattern).DefinedEnum();
        RuleFor(x => x.Notes).OptionalText(RegistryRules.DescriptionMaxLength);
        RuleFor(x => x.NeedId)
            .Must((request, needId) => (needId is null) != (request.IndustryId is null))
            .Say("validation.needOrIndustry");
        RuleFor(x => x.NeedId).NotEqual(Guid.Empty).Say("validation.needIdEmpty");
        RuleFor(x => x.IndustryId).NotEqual(Guid.Empty).Say("validation.industryIdEmpty");
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
        RuleFor(x => x.ContractValue).GreaterThanOrEqualTo(0).Say("validation.contractValueNegative");
        RuleFor(x => x.EndDate).GreaterThanOrEqualTo(x => x.StartDate).Say("validation.endBeforeStart");
    }
}

public sealed class CompletePartnershipRequestValidator : AbstractValidator<CompletePartnershipRequest>
{
    public CompletePartnershipRequestValidator()
    {
        RuleFor(x => x.Rating).InclusiveBetween(Partnership.MinRating, Partnership.MaxRating)
            .Say("validation.ratingRange", Partnership.MinRating, Partnership.MaxRating);
        RuleFor(x => x.JobsCreated).GreaterThanOrEqualTo(0).Say("validation.jobsCreatedNegative");
        RuleFor(x => x.Note).Note();
    }
}
