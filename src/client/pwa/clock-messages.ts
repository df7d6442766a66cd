// The clock warning's wording in the header (sync indicator): in the first load, so kept tiny.
import { defineMessages } from '../i18n/feature-messages';

export const clockMessages = defineMessages({
  id: {
    'clock.ahead': 'Jam perangkat {duration} lebih cepat dari server. Periksa pengaturan tanggal dan jam.',
    'clock.behind': 'Jam perangkat {duration} lebih lambat dari server. Periksa pengaturan tanggal dan jam.',
    'clock.minute': { other: '{count} menit' },
    'clock.hour': { other: '{count} jam' },
    'clock.day': { other: '{count} hari' },
  },
  en: {
    'clock.ahead': "The device's clock is {duration} ahead of the server. Check the date and time settings.",
    'clock.behind': "The device's clock is {duration} behind the server. Check the date and time settings.",
    'clock.minute': { one: '{count} minute', other: '{count} minutes' },
    'clock.hour': { one: '{count} hour', other: '{count} hours' },
    'clock.day': { one: '{count} day', other: '{count} days' },
  },
});
