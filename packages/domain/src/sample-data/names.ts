/** The locales sample data is written in. */
export type SampleLocale = 'en-US' | 'zh-CN';

/** Every locale {@link sampleData} can write names in. */
export const SAMPLE_LOCALES: readonly SampleLocale[] = Object.freeze(['en-US', 'zh-CN']);

/** Text in each sample locale. */
export type Localized = Readonly<Record<SampleLocale, string>>;

// Both locales have 40 given names and 40 family names, so the same index
// names the same person in either language.
const GIVEN: Readonly<Record<SampleLocale, readonly string[]>> = {
  'en-US': [
    'Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'James', 'Sophia', 'Lucas', 'Mia', 'Ethan',
    'Isabella', 'Mason', 'Amelia', 'Logan', 'Harper', 'Elijah', 'Evelyn', 'Aiden', 'Abigail', 'Jackson',
    'Emily', 'Daniel', 'Ella', 'Henry', 'Grace', 'Owen', 'Chloe', 'Samuel', 'Zoe', 'Leo',
    'Nora', 'Julian', 'Lily', 'Caleb', 'Hannah', 'Ryan', 'Aria', 'Nathan', 'Maya', 'Isaac',
  ],
  'zh-CN': [
    '芳', '伟', '娜', '磊', '静', '洋', '敏', '强', '丽', '军',
    '艳', '杰', '霞', '涛', '玲', '明', '婷', '超', '秀英', '勇',
    '桂英', '鹏', '红', '辉', '欣怡', '浩', '雪', '宇', '佳', '斌',
    '晨', '建华', '雨涵', '子轩', '梓涵', '俊杰', '思远', '嘉怡', '一诺', '文博',
  ],
};

const FAMILY: Readonly<Record<SampleLocale, readonly string[]>> = {
  'en-US': [
    'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
    'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
    'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King',
    'Wright', 'Scott', 'Hill', 'Green', 'Adams', 'Baker', 'Nelson', 'Carter', 'Mitchell', 'Roberts',
  ],
  'zh-CN': [
    '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周',
    '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
    '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹',
    '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  ],
};

/** How many different people {@link personName} can name before names repeat. */
export const PEOPLE = 40 * 40;

/**
 * The name of person `index` (0-based) in `locale`, with the people shuffled
 * by `offset`: indexes 0 … 1599 give 1,600 different names (the stride 617 is
 * coprime to 1,600), then names repeat. Chinese names are family name first
 * without a space (王芳); English ones given name first (Emma Smith).
 */
export function personName(index: number, offset: number, locale: SampleLocale): string {
  const person = (index * 617 + offset) % PEOPLE;
  const given = GIVEN[locale][person % 40]!;
  const family = FAMILY[locale][Math.floor(person / 40)]!;
  return locale === 'zh-CN' ? family + given : `${given} ${family}`;
}
