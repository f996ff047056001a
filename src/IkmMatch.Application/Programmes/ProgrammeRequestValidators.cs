using FluentValidation;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Common.Validation;
using IkmMatch.Application.Ikms;

namespace IkmMatch.Application.Programmes;

public sealed class ProgrammeRequestValidator : AbstractValidator<ProgrammeRequest>
{
    public const int MaxSeats = 1000;
    public const int MaxItems = 20;
    public const int TopicMaxLength = 100;

    public ProgrammeRequestValidator()
    {
        RuleFor(x => x.Kind).DefinedEnum();
        RuleFor(x => x.Title).RequiredText(RegistryRules.NameMaxLength);
        RuleFor(x => x.Description).OptionalText(RegistryRules.DescriptionMaxLength);
        RuleFor(x => x.OrganiserIndustryId).NotEqual(Guid.Empty).Say("validation.industryIdEmpty");
        RuleFor(x => x.EndDate).GreaterThanOrEqualTo(x => x.StartDate).Say("validation.endBeforeStart");
        RuleFor(x => x.Seats).InclusiveBetween(1, MaxSeats).Say("validation.seatsRange", MaxSeats);
        RuleFor(x => x.Budget).GreaterThanOrEqualTo(0).Say("validation.budgetNegative");
        RuleFor(x => x.Certifications).NotNull().Say("validation.bodyRequired")
            .Must(c => c is null || c.Count <= MaxItems).Say("validation.tooManyItems", MaxItems);
        RuleForEach(x => x.Certifications).DefinedEnum();
        RuleFor(x => x.KbliDivisions).NotNull().Say("validation.bodyRequired")
            .Must(d => d is null || d.Count <= MaxItems).Say("validation.tooManyItems", MaxItems);
        RuleForEach(x => x.KbliDivisions).NotNull().Say("validation.kbliDivision").Matches(@"^\d{2}$").Say("validation.kbliDivision");
        RuleFor(x => x.Topics).NotNull().Say("validation.bodyRequired")
            .Must(t => t is null || t.Count <= MaxItems).Say("validation.tooManyItems", MaxItems);
        RuleForEach(x => x.Topics).RequiredText(TopicMaxLength);
        RuleFor(x => x)
            .Must(x => x.Certifications is null || x.KbliDivisions is null || x.Topics is null
                || x.Certifications.Count + x.KbliDivisions.Count + x.Topics.Count > 0)
            .OverridePropertyName("certifications")
            .Say("validation.programmeAddressesNothing");
    }
}

internal static class ProgrammeRules
{
    public const int NoteMaxLength = 2000;
}

public sealed class ProgrammeStepRequestValidator : AbstractValidator<ProgrammeStepRequest>
{
    public ProgrammeStepRequestValidator() => RuleFor(x => x.Note).OptionalText(ProgrammeRules.NoteMaxLength);
}

public sealed class CancelProgrammeRequestValidator : AbstractValidator<CancelProgrammeRequest>
{
    public CancelProgrammeRequestValidator() => RuleFor(x => x.Reason).RequiredText(ProgrammeRules.NoteMaxLength);
}

public sealed class EnrolmentRequestValidator : AbstractValidator<EnrolmentRequest>
{
    public EnrolmentRequestValidator() => RuleFor(x => x.IkmId).NotEmpty().Say("validation.ikmIdRequired");
}

public sealed class AttendanceRequestValidator : AbstractValidator<AttendanceRequest>
{
    public AttendanceRequestValidator() => RuleFor(x => x.AttendancePercent).InclusiveBetween(0, 100).Say("validation.attendanceRange");
}

public sealed class EnrolmentOutcomeRequestValidator : AbstractValidator<EnrolmentOutcomeRequest>
{
    public EnrolmentOutcomeRequestValidator()
    {
        RuleFor(x => x.Certificate!).SetValidator(new CertificationRequestValidator()).When(x => x.Certificate is not null);
        RuleFor(x => x.WorkforceAfter).GreaterThanOrEqualTo(0).Say("validation.workforceNegative");
        RuleFor(x => x.Note).OptionalText(ProgrammeRules.NoteMaxLength);
    }
}

public sealed class WithdrawEnrolmentRequestValidator : AbstractValidator<WithdrawEnrolmentRequest>
{
    public WithdrawEnrolmentRequestValidator() => RuleFor(x => x.Reason).OptionalText(ProgrammeRules.NoteMaxLength);
}
