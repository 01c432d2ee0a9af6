import type { Ticket } from '@atrium/sdk';
import type { Translate } from '../core/i18n.js';

/** Where the fault is: the unit, or the spot in the common area, with the property. */
export function placeText(t: Translate, ticket: Ticket): string {
  const { place, unitNumber: number, propertyName: property, location } = ticket;
  const unit = t('units.unit', { number });
  return t(`where.${place}`, { unit, property, location: location ?? '' });
}

/** The ticket's number and category, the way people quote it: "No. 12 · Plumbing". */
export function ticketTitle(t: Translate, ticket: Ticket): string {
  return `${t('number', { number: ticket.number })} · ${t(`category.${ticket.category}`)}`;
}
