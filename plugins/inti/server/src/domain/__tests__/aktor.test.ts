import { aktorSistem, jejakAktor, PERAN_SISTEM, type Aktor } from '../aktor';

describe('aktorSistem: the actor of a scheduled job', () => {
  it('reaches every pegawai, belongs to no user and names the job', () => {
    const a = aktorSistem('sinkron-plt');
    expect(a).toMatchObject({
      userId: null,
      pegawaiId: null,
      opdId: null,
      token: null,
      peran: PERAN_SISTEM,
      jangkauan: 'SEMUA',
      sistem: 'sinkron-plt',
    });
    expect(a.username).toBe('sistem:sinkron-plt');
  });
  it('is a fresh value each time (a job cannot change another job’s actor)', () => {
    expect(aktorSistem('x')).not.toBe(aktorSistem('x'));
  });
});

describe('jejakAktor: who and from where, for the audit trail', () => {
  const dasar: Aktor = {
    userId: null,
    username: null,
    peran: null,
    jangkauan: 'TIDAK_ADA',
    pegawaiId: null,
    opdId: null,
    token: null,
  };
  it.each<[string, Aktor | null, ReturnType<typeof jejakAktor>]>([
    [
      'a user',
      { ...dasar, userId: 7, username: '198001012005011001', ip: '10.0.0.2' },
      { aktorId: 7, aktor: '198001012005011001', ip: '10.0.0.2' },
    ],
    [
      'an API token',
      { ...dasar, peran: 'token', token: 'ekak', ip: '10.0.0.9' },
      { aktorId: null, aktor: 'token:ekak', ip: '10.0.0.9' },
    ],
    ['a job', aktorSistem('kunci'), { aktorId: null, aktor: 'sistem:kunci', ip: null }],
    ['nobody', null, { aktorId: null, aktor: null, ip: null }],
    ['an anonymous request', { ...dasar, ip: '1.2.3.4' }, { aktorId: null, aktor: null, ip: '1.2.3.4' }],
  ])('%s', (_n, a, hasil) => {
    expect(jejakAktor(a)).toEqual(hasil);
  });
});
