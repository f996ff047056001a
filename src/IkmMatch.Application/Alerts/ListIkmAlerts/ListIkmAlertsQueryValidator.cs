using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Alerts.ListIkmAlerts;

public sealed class ListIkmAlertsQueryValidator : AbstractValidator<ListIkmAlertsQuery>
{
    public ListIkmAlertsQueryValidator()
    {
        this.Paging();
    }
}
