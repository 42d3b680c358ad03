import { Turns } from '../../src/media/imageTurns'

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('image turns', () => {
  test('at most `size` pieces of work run at once; the others start in arrival order as turns free', async () => {
    const turns = new Turns(2)
    const started: number[] = []
    const finish: (() => void)[] = []
    const works = Array.from({ length: 5 }, (_, index) =>
      turns.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(index)
            finish[index] = () => resolve(index)
          }),
      ),
    )
    await tick()
    expect(started).toEqual([0, 1])
    expect(turns.state).toEqual({ active: 2, waiting: 3 })

    finish[1]!()
    await tick()
    expect(started).toEqual([0, 1, 2])
    finish[0]!()
    await tick()
    expect(started).toEqual([0, 1, 2, 3])
    expect(turns.state).toEqual({ active: 2, waiting: 1 })

    for (const index of [2, 3]) finish[index]!()
    await tick()
    finish[4]!()
    expect(await Promise.all(works)).toEqual([0, 1, 2, 3, 4])
    expect(turns.state).toEqual({ active: 0, waiting: 0 })
  })

  test('a piece of work that fails gives its turn up', async () => {
    const turns = new Turns(1)
    await expect(turns.run(() => Promise.reject(new Error('ảnh hỏng')))).rejects.toThrow('ảnh hỏng')
    expect(turns.state).toEqual({ active: 0, waiting: 0 })
    await expect(turns.run(async () => 'ok')).resolves.toBe('ok')
  })
})
